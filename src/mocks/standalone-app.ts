import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import { getResponse } from 'msw';
import type { TraceOperation } from '@/api/contract/types';
import type { SdkKeys } from '@/api/signing/sdk-hmac-sha256';
import type { MockDb } from '@/mocks/db/mock-db';
import { createCtsHandlers } from '@/mocks/cts-handlers';
import { obsAnswerer } from '@/mocks/handlers/obs-objects';
import { isObsPath } from '@/mocks/obs-path';
import {
  HttpRefusal,
  MAX_HEADER_BYTES,
  SERVED_METHODS,
  checkedUrl,
  fetchRequest,
  isLoopbackOrigin,
  readBody,
  sendError,
  sendRawError,
} from '@/mocks/standalone-http';

const ALLOWED_HEADERS = [
  'Content-Type',
  'X-Auth-Token',
  'Authorization',
  'X-Sdk-Date',
  'X-Project-Id',
  'X-Domain-Id',
  'X-Language',
  'User-Agent',
  'X-Mock-Control-Token',
];

export interface StandaloneOptions {
  /** When given, every `/mock` call must send it as `X-Mock-Control-Token`; otherwise only loopback origins reach `/mock`. */
  controlToken?: string;
  /** When given, AK/SK signatures are verified (401 APIGW.0301 when wrong), as `--ak`/`--sk` ask. */
  signingKeys?: SdkKeys | null;
  /** Operations beyond the bundled catalog that `/operations` lists (`--operations-file`). */
  extraOperations?: readonly TraceOperation[];
}

function isControlPath(pathname: string): boolean {
  return pathname === '/mock' || pathname.startsWith('/mock/');
}

/**
 * Whether a `/mock` call may change the demo: a browser always sends `Origin` on a cross-origin
 * write, so a page on another site is refused; curl and SDKs send none.
 */
function controlAllowed(request: IncomingMessage, options: StandaloneOptions): boolean {
  if (options.controlToken !== undefined) {
    return request.headers['x-mock-control-token'] === options.controlToken;
  }
  const origin = request.headers.origin;
  return origin === undefined || isLoopbackOrigin(origin);
}

/** What a console on another origin may read of the simulated OBS's answers (ETag, the digests' signatures). */
const OBS_EXPOSED_HEADERS = 'ETag, Last-Modified, x-obs-request-id, x-obs-meta-signature, x-obs-meta-signature-algorithm';

/** CORS for `/v3` and `/obs` lets a console on any origin call the mock (Live mode); `/mock` only loopback pages. */
function setCorsHeaders(request: IncomingMessage, response: ServerResponse, control: boolean, obs: boolean): void {
  const origin = request.headers.origin;
  if (control && !isLoopbackOrigin(origin)) {
    return;
  }
  response.setHeader('Access-Control-Allow-Origin', origin ?? '*');
  response.setHeader('Vary', 'Origin');
  response.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE, OPTIONS');
  response.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS.join(', '));
  response.setHeader('Access-Control-Expose-Headers', obs ? OBS_EXPOSED_HEADERS : 'X-Request-Id, X-Subject-Token');
  response.setHeader('Access-Control-Max-Age', '600');
}

async function answer(response: ServerResponse, reply: Response): Promise<void> {
  const body = Buffer.from(await reply.arrayBuffer());
  response.statusCode = reply.status;
  reply.headers.forEach((value, name) => response.appendHeader(name, value));
  response.setHeader('Content-Length', body.length);
  // Node leaves the body out of a HEAD answer, keeping the GET's headers.
  response.end(body);
}

/**
 * The mock CTS over HTTP: the very same MSW handlers (msw's `getResponse`) behind node:http.
 * Whatever a client sends, it gets a JSON answer in the CTS error shape; stack traces and file
 * paths go to the server's log only.
 */
export function createStandaloneServer(db: MockDb, options: StandaloneOptions = {}): Server {
  const handlers = createCtsHandlers(db, { signingKeys: options.signingKeys ?? null, extraOperations: options.extraOperations ?? [] });
  const answerObs = obsAnswerer(db);
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (!SERVED_METHODS.includes(request.method ?? '')) {
      sendError(response, 'CTS.MOCK.0405');
      request.resume();
      return;
    }
    const url = checkedUrl(request);
    const control = isControlPath(url.pathname);
    const obs = isObsPath(url.pathname);
    setCorsHeaders(request, response, control, obs);
    if (request.method === 'OPTIONS') {
      response.statusCode = 204;
      response.end();
      return;
    }
    if (control && !controlAllowed(request, options)) {
      sendError(response, 'CTS.MOCK.0403');
      request.resume();
      return;
    }
    const body = await readBody(request);
    // The simulated OBS is answered by its handler directly, as in the browser: OBS's XML errors for
    // any path (msw's matching throws on a malformed escape), without matching every handler.
    const fetched = fetchRequest(request, url, body);
    const reply = obs ? await answerObs(fetched) : await getResponse(handlers, fetched);
    if (reply) {
      await answer(response, reply);
    } else {
      // Outside /v3, /obs and /mock nothing is served; answer as the gateway does rather than with HTML.
      sendError(response, 'APIGW.0101');
    }
  };

  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (error instanceof HttpRefusal) {
        if (error.code === 'CTS.MOCK.0413') {
          // The rest of an oversized body is not read: close the connection rather than drain it.
          response.setHeader('Connection', 'close');
        }
        sendError(response, error.code);
        return;
      }
      console.error(`${request.method ?? ''} ${request.url ?? ''} failed:`, error);
      if (response.headersSent) {
        response.destroy();
      } else {
        sendError(response, request.method === 'GET' || request.method === 'HEAD' ? 'CTS.0005' : 'CTS.0004');
      }
    });
  });
  // Node's parser refuses some requests before a request object exists; answer them in JSON too.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    const code = error.code === 'HPE_HEADER_OVERFLOW' ? 'CTS.MOCK.0431' : error.code === 'HPE_INVALID_METHOD' ? 'CTS.MOCK.0405' : 'CTS.MOCK.0400';
    sendRawError(socket, code);
  });
  server.on('connect', (_request: IncomingMessage, socket) => sendRawError(socket, 'CTS.MOCK.0405'));
  return server;
}
