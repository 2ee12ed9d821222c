/** A bare host such as `console-intl.huaweicloud.com`, as CTS may send `endpoint` without a scheme. */
const BARE_HOST = /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(:\d{1,5})?$/;

/** `endpoint` + `resource_url` (L1659–1660) as one text, or null when either is missing. */
export function resourcePageText(endpoint: string | undefined, resourceUrl: string | undefined): string | null {
  if (!endpoint || !resourceUrl) {
    return null;
  }
  return `${endpoint.replace(/\/+$/, '')}/${resourceUrl.replace(/^\/+/, '')}`;
}

/**
 * The resource's details page as a link target, only when it is an https URL; anything else
 * (other schemes, credentials in the URL, text that does not parse) gets no link. A bare host is
 * read as https: CTS's console endpoints are served over HTTPS only.
 */
export function resourcePageUrl(endpoint: string | undefined, resourceUrl: string | undefined): string | null {
  const text = resourcePageText(endpoint, resourceUrl);
  if (text === null || endpoint === undefined) {
    return null;
  }
  const host = endpoint.replace(/\/+$/, '');
  const candidate = BARE_HOST.test(host) ? `https://${text}` : text;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || !candidate.toLowerCase().startsWith('https://')) {
    return null;
  }
  return url.href;
}
