/**
 * Stands in for `tldts` in the browser build. msw's cookie store (tough-cookie) imports only its
 * `getDomain`, and with it a 257 KB public suffix list that made up half of the mock's chunk and of
 * its start-up parsing. The mock sets and reads no cookies, so the last two labels of a host name
 * are domain enough; IP addresses and single-label hosts (localhost) have none, as with tldts.
 */
export function getDomain(hostname: string): string | null {
  const host = hostname.replace(/\.$/, '');
  if (host === '' || host.includes(':') || /^\d{1,3}(\.\d{1,3}){3}$/.test(host)) {
    return null;
  }
  const labels = host.split('.');
  return labels.length < 2 ? null : labels.slice(-2).join('.');
}
