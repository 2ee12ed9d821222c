import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Agent, type Dispatcher, request } from 'undici';
import { HUAWEI_REGIONS, ctsEndpointOf } from '../../src/api/regions.ts';
import type { SdkKeys } from '../../src/api/signing/sdk-hmac-sha256.ts';
import { DEFAULT_UPSTREAM_TIMEOUT_MS, TIMEOUT_CODES, errorCode } from './cts-proxy.ts';
import { signObsRequest } from './obs-signing.ts';
import { PROXY_ANSWER_HEADERS } from './proxy-headers.ts';
import { refuse, targetOrRefuse } from './refusals.ts';
import { parseOperatorTarget, type Target } from './targets.ts';

/**
 * The console's read-only OBS proxy, for the archive of transferred traces in Live mode:
 * `/obs-proxy/<bucket>[/<object key>][?prefix=&marker=&max-keys=&delimiter=]`, with the CTS endpoint in
 * `X-Cts-Target` as for `/cts-proxy`. The bucket is read in that endpoint's region
 * (`https://<bucket>.obs.<region>.myhuaweicloud.com`), or path-style under `/obs/` on an origin the
 * operator added (the standalone mock), signed with the temporary AK/SK IAM issued for the
 * user's token when the browser sends them, else with the server's own. The customer's bucket
 * needs no CORS rule, and the browser never holds a long-lived key.
 */
export const OBS_PROXY_PATH = '/obs-proxy';
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const KEY_SEGMENT = /^(?:[A-Za-z0-9._~:@!$&'()*+,;=-]|%[0-9A-Fa-f]{2})+$/;
const LIST_PARAMETERS = new Set(['prefix', 'marker', 'max-keys', 'delimiter']);
const RELAYED = ['content-length', 'content-encoding', 'etag', 'last-modified', 'x-obs-request-id', 'x-obs-meta-signature'];

export interface ObsProxyOptions {
  operatorTargets?: Iterable<string>;
  signingKeys?: SdkKeys | null;
  timeoutMs?: number;
  now?: () => Date;
}

const OBS_ORIGIN_BY_CTS_ENDPOINT = new Map(
  HUAWEI_REGIONS.map((region) => {
    const cts = new URL(ctsEndpointOf(region.id));
    return [cts.origin, (bucket: string) => `https://${bucket}.${cts.host.replace(/^cts\./, 'obs.')}`] as const;
  }),
);

/** Where a bucket of the target's account is read: its region's OBS, or the operator's mock. */
export function bucketBase(target: Target, bucket: string): { origin: string; path: string } | null {
  if (target.kind === 'operator') {
    return { origin: target.origin, path: `/obs/${bucket}` };
  }
  const obsOrigin = target.kind === 'cts' ? OBS_ORIGIN_BY_CTS_ENDPOINT.get(target.origin) : undefined;
  return obsOrigin ? { origin: obsOrigin(bucket), path: '' } : null;
}

interface ObsRequest {
  bucket: string;
  /** `/` for the bucket's listing, else `/<encoded key>`. */
  keyPath: string;
  query: string;
}

/** The bucket, key and query of a proxied path, or null when it could reach anything but a read. */
export function parseObsPath(rawPath: string): ObsRequest | null {
  const queryAt = rawPath.indexOf('?');
  const path = queryAt === -1 ? rawPath : rawPath.slice(0, queryAt);
  const query = queryAt === -1 ? '' : rawPath.slice(queryAt + 1);
  const [, bucket = '', ...segments] = path.split('/');
  if (!BUCKET.test(bucket) || bucket.includes('..') || /[\\#\s]/.test(rawPath) || /%(2f|5c|00)/i.test(path)) {
    return null;
  }
  const listing = segments.length === 0 || (segments.length === 1 && segments[0] === '');
  if (!listing && segments.some((segment) => !KEY_SEGMENT.test(segment) || segment === '.' || segment === '..')) {
    return null;
  }
  const parameters = new URLSearchParams(query);
  if ((!listing && query !== '') || [...parameters.keys()].some((name) => !LIST_PARAMETERS.has(name))) {
    return null;
  }
  return { bucket, keyPath: listing ? '/' : `/${segments.join('/')}`, query: listing && query ? `?${parameters.toString()}` : '' };
}

/**
 * The signed-in user's temporary AK/SK and security token, which IAM issued for their token
 * (`POST /v3.0/OS-CREDENTIAL/securitytokens`, through the CTS proxy): preferred to the server's
 * own key, so that a user reads only the buckets their own permissions allow.
 */
function temporaryCredentials(req: IncomingMessage): { keys: SdkKeys; securityToken: string } | null {
  const [accessKey, secretKey, securityToken] = ['x-temporary-access-key', 'x-temporary-secret-key', 'x-security-token'].map((name) => {
    const value = req.headers[name];
    return typeof value === 'string' ? value.trim() : '';
  });
  return accessKey && secretKey && securityToken ? { keys: { accessKey, secretKey }, securityToken } : null;
}

export type ObsProxy = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export function createObsProxy(options: ObsProxyOptions = {}): ObsProxy {
  const operatorTargets = new Set([...(options.operatorTargets ?? [])].map(parseOperatorTarget));
  const timeoutMs = options.timeoutMs ?? DEFAULT_UPSTREAM_TIMEOUT_MS;
  const keys = options.signingKeys ?? null;
  const now = options.now ?? (() => new Date());
  const dispatcher: Dispatcher = new Agent({ connect: { timeout: timeoutMs }, headersTimeout: timeoutMs, bodyTimeout: timeoutMs });

  return async function proxy(req, res) {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      refuse(res, 'PROXY.0405');
      return;
    }
    const target = targetOrRefuse(req, res, operatorTargets);
    if (!target) {
      return;
    }
    const read = parseObsPath((req.url ?? '').slice(OBS_PROXY_PATH.length));
    const base = read ? bucketBase(target, read.bucket) : null;
    if (!read || !base) {
      refuse(res, 'PROXY.0404', 'OBS: a bucket’s listing or one of its objects.');
      return;
    }
    const credentials = temporaryCredentials(req) ?? (keys ? { keys, securityToken: null } : null);
    if (!credentials) {
      refuse(res, 'PROXY.0401');
      return;
    }
    // A listing is `/?…` on a bucket's own host, `/obs/<bucket>?…` path-style.
    const objectPath = read.keyPath === '/' ? base.path || '/' : `${base.path}${read.keyPath}`;
    const url = new URL(`${objectPath}${read.query}`, base.origin);
    const obsHeaders: Record<string, string> = credentials.securityToken ? { 'x-obs-security-token': credentials.securityToken } : {};
    const signed = signObsRequest(method, `/${read.bucket}${read.keyPath}`, credentials.keys, now(), obsHeaders);
    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) {
        controller.abort();
      }
    });
    try {
      const answer = await request(url, {
        method,
        headers: { ...obsHeaders, date: signed.date, authorization: signed.authorization },
        signal: controller.signal,
        dispatcher,
      });
      if (answer.statusCode >= 300 && answer.statusCode < 400) {
        await answer.body.dump();
        refuse(res, 'PROXY.0302', `(${url.host}, status ${answer.statusCode})`);
        return;
      }
      const headers: Record<string, string> = {};
      for (const name of RELAYED) {
        const value = answer.headers[name];
        if (typeof value === 'string') {
          headers[name] = value;
        }
      }
      const type = answer.headers['content-type'];
      // OBS's listings and errors are XML; objects are bytes, never a document on the console's origin.
      headers['content-type'] = typeof type === 'string' && /^(application|text)\/xml\b/i.test(type) ? type : 'application/octet-stream';
      res.writeHead(answer.statusCode, { ...headers, ...PROXY_ANSWER_HEADERS });
      await pipeline(answer.body as Readable, res);
    } catch (error) {
      if (controller.signal.aborted) {
        return;
      }
      if (TIMEOUT_CODES.has(errorCode(error) ?? '')) {
        refuse(res, 'PROXY.0504', `(${url.host}, ${timeoutMs / 1000} s)`);
      } else {
        refuse(res, 'PROXY.0502', `(${url.host})`);
      }
    }
  };
}
