import type { IncomingHttpHeaders } from 'node:http';
import { SDK_SIGNING_ALGORITHM } from '../../src/api/signing/sdk-hmac-sha256.ts';
import type { Target } from './targets.ts';

/**
 * What crosses the proxy, by allowlist both ways: never cookies, `X-Forwarded-*`, `Host`,
 * `Origin`, hop-by-hop headers, `Set-Cookie` or CORS headers.
 */
const REQUEST_HEADERS = ['x-auth-token', 'content-type', 'accept', 'x-language', 'x-sdk-date', 'x-project-id'];
const RESPONSE_HEADERS = ['x-request-id', 'content-encoding', 'content-length'];
const RELAYED_CONTENT_TYPES = /^(application\/([\w.+-]+\+)?json|text\/plain)\b/i;

export function upstreamRequestHeaders(incoming: IncomingHttpHeaders): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of REQUEST_HEADERS) {
    const value = incoming[name];
    if (typeof value === 'string') {
      headers[name] = value;
    }
  }
  // Only an AK/SK signature: never Basic or Bearer credentials meant for the console's own origin.
  const authorization = incoming.authorization;
  if (typeof authorization === 'string' && authorization.startsWith(`${SDK_SIGNING_ALGORITHM} `)) {
    headers.authorization = authorization;
  }
  return headers;
}

/**
 * The upstream answer's headers the browser gets. A content type other than JSON or plain text
 * (an HTML error page, say) is relayed as `application/octet-stream`, so that it cannot render
 * on the console's origin; the IAM token header only from IAM's token call.
 */
export function relayedResponseHeaders(upstream: Record<string, string | string[] | undefined>, target: Target, path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  const single = (name: string) => {
    const value = upstream[name];
    return Array.isArray(value) ? value[0] : value;
  };
  for (const name of RESPONSE_HEADERS) {
    const value = single(name);
    if (value !== undefined) {
      headers[name] = value;
    }
  }
  const contentType = single('content-type');
  if (contentType !== undefined) {
    headers['content-type'] = RELAYED_CONTENT_TYPES.test(contentType) ? contentType : 'application/octet-stream';
  }
  const token = single('x-subject-token');
  if (target.kind !== 'cts' && path.startsWith('/v3/auth/tokens') && token !== undefined) {
    headers['x-subject-token'] = token;
  }
  return headers;
}

/** On every answer of the proxy, its own refusals included: JSON that nothing may render or cache. */
export const PROXY_ANSWER_HEADERS: Readonly<Record<string, string>> = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'; sandbox",
};
