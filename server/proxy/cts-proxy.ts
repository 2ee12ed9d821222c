import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Agent, type Dispatcher, request } from 'undici';
import { type SdkKeys, sdkDate, signSdkRequest } from '../../src/api/signing/sdk-hmac-sha256.ts';
import { PROXY_ANSWER_HEADERS, relayedResponseHeaders, upstreamRequestHeaders } from './proxy-headers.ts';
import { refuse, targetOrRefuse } from './refusals.ts';
import { parseOperatorTarget, type Target } from './targets.ts';
import { isIamPath, upstreamPath } from './upstream-path.ts';

/**
 * The console's CTS proxy, one module for the production server and Vite's dev and preview
 * servers. In Live mode with "Send through the console's proxy" the client calls
 * `/cts-proxy/v3/...` on the console's origin and names the endpoint in `X-Cts-Target` (so the
 * user can switch endpoints without a restart); only Huawei Cloud's CTS and IAM endpoints and the
 * operator's own origins are reached, on API paths only, with allowlisted headers both ways.
 */
export const CTS_PROXY_PATH = '/cts-proxy';
export const DEFAULT_BODY_LIMIT = 1024 * 1024;
export const DEFAULT_UPSTREAM_TIMEOUT_MS = 30_000;
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH']);
export const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);

export interface CtsProxyOptions {
  /** Origins forwarded to besides Huawei Cloud's (e.g. the standalone mock on loopback). */
  operatorTargets?: Iterable<string>;
  /** When set, CTS calls are signed with SDK-HMAC-SHA256 and the browser's credentials dropped. */
  signingKeys?: SdkKeys | null;
  bodyLimit?: number;
  timeoutMs?: number;
}

export type CtsProxy = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

class BodyTooLarge extends Error {}

/**
 * Counts the bytes of a streamed body and fails it past the limit, without holding any of it. The
 * upstream call fails with it; `onExceeded` tells the proxy why.
 */
function limited(limit: number, onExceeded: () => void): Transform {
  let seen = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen > limit) {
        onExceeded();
        done(new BodyTooLarge());
        return;
      }
      done(null, chunk);
    },
  });
  // The upstream call reports the failure; this stream's own error event has nothing to add.
  stream.on('error', () => undefined);
  return stream;
}

/** Signing hashes the body, so it is read whole; the limit bounds what that holds. */
async function readLimited(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      throw new BodyTooLarge();
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

export function createCtsProxy(options: CtsProxyOptions = {}): CtsProxy {
  const operatorTargets = new Set([...(options.operatorTargets ?? [])].map(parseOperatorTarget));
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const timeoutMs = options.timeoutMs ?? DEFAULT_UPSTREAM_TIMEOUT_MS;
  const keys = options.signingKeys ?? null;
  const dispatcher: Dispatcher = new Agent({ connect: { timeout: timeoutMs }, headersTimeout: timeoutMs, bodyTimeout: timeoutMs });

  async function upstreamBody(req: IncomingMessage, method: string, headers: Record<string, string>, url: URL, target: Target, onExceeded: () => void) {
    const carriesBody = method !== 'GET' && method !== 'HEAD' && (Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined);
    // IAM calls are never signed with the CTS key pair (an operator's host may answer both).
    if (!keys || target.kind === 'iam' || (target.kind === 'operator' && isIamPath(url.pathname))) {
      return carriesBody ? req.pipe(limited(bodyLimit, onExceeded)) : undefined;
    }
    const body = carriesBody ? await readLimited(req, bodyLimit) : Buffer.alloc(0);
    delete headers['x-auth-token'];
    headers['x-sdk-date'] = sdkDate(new Date());
    const signed: Record<string, string> = { ...headers, host: url.host };
    delete signed.authorization;
    headers.authorization = await signSdkRequest({ method, url, headers: signed, body }, keys);
    return body.length > 0 ? body : undefined;
  }

  return async function proxy(req, res) {
    const method = req.method ?? 'GET';
    if (!METHODS.has(method)) {
      refuse(res, 'PROXY.0405');
      return;
    }
    const target = targetOrRefuse(req, res, operatorTargets);
    if (!target) {
      return;
    }
    const path = upstreamPath((req.url ?? '').slice(CTS_PROXY_PATH.length), target.kind);
    if (!path) {
      refuse(res, 'PROXY.0404');
      return;
    }
    if (Number(req.headers['content-length'] ?? 0) > bodyLimit) {
      // The body is never read: close the connection rather than drain it.
      res.setHeader('connection', 'close');
      refuse(res, 'PROXY.0413', `Limit: ${bodyLimit} bytes.`);
      return;
    }
    const url = new URL(path, target.origin);
    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) {
        controller.abort();
      }
    });
    let tooLarge = false;
    try {
      const headers = upstreamRequestHeaders(req.headers);
      const body = await upstreamBody(req, method, headers, url, target, () => {
        tooLarge = true;
      });
      const answer = await request(url, { method: method as Dispatcher.HttpMethod, headers, body, signal: controller.signal, dispatcher });
      if (answer.statusCode >= 300 && answer.statusCode < 400) {
        await answer.body.dump();
        refuse(res, 'PROXY.0302', `(${target.host}, status ${answer.statusCode})`);
        return;
      }
      res.writeHead(answer.statusCode, { ...relayedResponseHeaders(answer.headers, target, path), ...PROXY_ANSWER_HEADERS });
      await pipeline(answer.body as Readable, res);
    } catch (error) {
      if (controller.signal.aborted) {
        return;
      }
      if (tooLarge || error instanceof BodyTooLarge) {
        res.setHeader('connection', 'close');
        refuse(res, 'PROXY.0413', `Limit: ${bodyLimit} bytes.`);
      } else if (TIMEOUT_CODES.has(errorCode(error) ?? '')) {
        refuse(res, 'PROXY.0504', `(${target.host}, ${timeoutMs / 1000} s)`);
      } else {
        refuse(res, 'PROXY.0502', `(${target.host})`);
      }
    }
  };
}
