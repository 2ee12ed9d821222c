import type { IncomingMessage, ServerResponse } from 'node:http';
import { PROXY_ANSWER_HEADERS } from './proxy-headers.ts';
import { resolveTarget, type Target } from './targets.ts';

/**
 * Every refusal of the proxy, in CTS's error shape `{error_code, error_msg}` with a code of its
 * own, so the console shows it like any API error. Messages name hosts, never credentials.
 */
export const PROXY_REFUSALS = {
  'PROXY.0400': { status: 400, message: 'The console proxy needs an X-Cts-Target header with the endpoint origin.' },
  'PROXY.0401': { status: 401, message: 'The console’s server has no access key to read OBS with, and the request brought no temporary one: set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK where it runs, or sign in with an IAM token.' },
  'PROXY.0403': { status: 403, message: 'The console proxy does not forward to this host.' },
  'PROXY.0404': { status: 400, message: 'The console proxy forwards only API paths under /v3/.' },
  'PROXY.0405': { status: 405, message: 'The console proxy does not forward this method.' },
  'PROXY.0413': { status: 413, message: 'The request body exceeds the console proxy’s limit.' },
  'PROXY.0302': { status: 502, message: 'The endpoint answered with a redirect, which the console proxy does not follow.' },
  'PROXY.0502': { status: 502, message: 'The console proxy could not reach the endpoint.' },
  'PROXY.0504': { status: 504, message: 'The endpoint did not answer in time.' },
} as const;

export type ProxyRefusal = keyof typeof PROXY_REFUSALS;

export function refuse(res: ServerResponse, code: ProxyRefusal, detail?: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const { status, message } = PROXY_REFUSALS[code];
  const body = JSON.stringify({ error_code: code, error_msg: detail ? `${message} ${detail}` : message });
  res.writeHead(status, { ...PROXY_ANSWER_HEADERS, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/** The request's `X-Cts-Target`, when it names an allowed endpoint; otherwise the refusal is sent. */
export function targetOrRefuse(req: IncomingMessage, res: ServerResponse, operatorTargets: ReadonlySet<string>): Target | null {
  const header = req.headers['x-cts-target'];
  const resolved = resolveTarget(typeof header === 'string' ? header : undefined, operatorTargets);
  if (!resolved.ok) {
    refuse(res, resolved.host ? 'PROXY.0403' : 'PROXY.0400', resolved.host ? `Refused host: ${resolved.host}.` : undefined);
    return null;
  }
  return resolved.target;
}
