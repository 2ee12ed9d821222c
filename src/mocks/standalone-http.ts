import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { ERROR_CODES, type ErrorCode } from '@/api/contract/error-codes';
import { newRequestId } from '@/mocks/handlers/with-cts';
import { isObsPath } from '@/mocks/obs-path';

/** Largest request body the server reads (README, "The standalone mock server"). */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Largest request head (request line and headers) Node's parser accepts: its default, stated in the README. */
export const MAX_HEADER_BYTES = 16 * 1024;
/** Methods some operation or the CORS preflight serves; HEAD is answered as GET without a body. */
export const SERVED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS'];

export class HttpRefusal extends Error {
  constructor(readonly code: ErrorCode) {
    super(ERROR_CODES[code].message);
    this.name = 'HttpRefusal';
  }
}

function errorBody(code: ErrorCode): string {
  return JSON.stringify({ error_code: code, error_msg: ERROR_CODES[code].message });
}

export function sendError(response: ServerResponse, code: ErrorCode, status = ERROR_CODES[code].status): void {
  const body = errorBody(code);
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json');
  response.setHeader('Content-Length', Buffer.byteLength(body));
  response.setHeader('X-Request-Id', newRequestId());
  if (status === 405) {
    response.setHeader('Allow', SERVED_METHODS.join(', '));
  }
  response.end(body);
}

/**
 * Answers on a raw socket, for what Node refuses before a request exists (an unknown method,
 * oversized headers, a CONNECT): a JSON error instead of a bare status line or a dropped socket.
 */
export function sendRawError(socket: Duplex, code: ErrorCode): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const { status } = ERROR_CODES[code];
  const body = errorBody(code);
  const allow = status === 405 ? `Allow: ${SERVED_METHODS.join(', ')}\r\n` : '';
  socket.end(
    `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : status === 405 ? 'Method Not Allowed' : 'Bad Request'}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${allow}Connection: close\r\n\r\n${body}`,
  );
}

/**
 * The request's URL. Outside the simulated OBS the path is decoded once to prove its escapes are
 * well formed (a malformed one is a 400, not a 500); OBS's own answer refuses them under `/obs/`.
 */
export function checkedUrl(request: IncomingMessage): URL {
  try {
    const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
    if (!isObsPath(url.pathname)) {
      decodeURIComponent(url.pathname);
    }
    return url;
  } catch {
    throw new HttpRefusal('CTS.MOCK.0400');
  }
}

/** Reads the body up to MAX_BODY_BYTES; a larger one is refused as soon as it is known to be. */
export async function readBody(request: IncomingMessage): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) {
    throw new HttpRefusal('CTS.MOCK.0413');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) {
      throw new HttpRefusal('CTS.MOCK.0413');
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** The request as the handlers read it; a header value fetch cannot carry makes it malformed. */
export function fetchRequest(request: IncomingMessage, url: URL, body: Buffer): Request {
  const headers = new Headers();
  try {
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) {
        headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
    }
    const method = request.method === 'HEAD' ? 'GET' : (request.method ?? 'GET');
    const hasBody = method !== 'GET' && body.length > 0;
    return new Request(url, { method, headers, body: hasBody ? new Uint8Array(body) : undefined });
  } catch {
    throw new HttpRefusal('CTS.MOCK.0400');
  }
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLoopbackOrigin(origin: string | undefined): boolean {
  if (origin === undefined) {
    return false;
  }
  try {
    const { hostname, protocol } = new URL(origin);
    return (protocol === 'http:' || protocol === 'https:') && (LOOPBACK_HOSTS.has(hostname) || hostname.endsWith('.localhost'));
  } catch {
    return false;
  }
}
