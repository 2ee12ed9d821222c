import createClient, { type Middleware } from 'openapi-fetch';
import { getConnection } from '@/api/connection';
import { operationOfTemplate } from '@/api/contract/operation-routes';
import type { paths } from '@/api/contract/types';
import { toApiError, toNetworkError } from '@/api/errors';

/** The mock accepts any token; CTS and the standalone mock require one (spec-notes 1.1, issue §5). */
export const MOCK_TOKEN = 'mock-session-token';
const PROXY_PATH = '/cts-proxy';

function origin(): string {
  return globalThis.location?.origin ?? 'http://localhost';
}

/**
 * Points every request at the configured connection: the console's own origin in Mock mode, the
 * endpoint (or the dev server's proxy naming it) in Live mode, with the IAM token as X-Auth-Token.
 */
const connectionMiddleware: Middleware = {
  async onRequest({ request }) {
    const connection = getConnection();
    const url = new URL(request.url);
    const path = `${url.pathname}${url.search}`;
    let target = `${origin()}${path}`;
    const headers = new Headers(request.headers);
    if (connection.mode === 'live') {
      const endpoint = connection.endpoint.replace(/\/+$/, '');
      const serverSigns = connection.credentials === 'server';
      if (connection.useProxy || serverSigns) {
        target = `${origin()}${PROXY_PATH}${path}`;
        headers.set('X-Cts-Target', endpoint);
      } else {
        target = `${endpoint}${path}`;
      }
      if (!serverSigns) {
        headers.set('X-Auth-Token', connection.token);
      }
    } else {
      headers.set('X-Auth-Token', MOCK_TOKEN);
    }
    // The body is read, not streamed: a streaming request body needs HTTP/2, which a plain HTTP
    // endpoint (the standalone mock, a proxy) does not speak.
    const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer();
    return new Request(target, {
      method: request.method,
      headers,
      body: body && body.byteLength > 0 ? body : undefined,
      signal: request.signal,
    });
  },
  async onResponse({ response, schemaPath, request }) {
    if (!response.ok) {
      throw await toApiError(response, operationOfTemplate(request.method, schemaPath));
    }
    return undefined;
  },
  onError({ error, schemaPath, request }) {
    return toNetworkError(error, operationOfTemplate(request.method, schemaPath));
  },
};

/**
 * The only HTTP client of the console. openapi-fetch captures `fetch` when created, so it is
 * wrapped to look up `globalThis.fetch` per call (msw/node replaces it in tests).
 */
export const cts = createClient<paths>({
  baseUrl: origin(),
  fetch: (request) => globalThis.fetch(request),
});
cts.use(connectionMiddleware);

/**
 * What the server that served the console offers (server/console-config.ts): null where there is
 * none, as in a static deployment.
 */
export async function readConsoleConfig(signal?: AbortSignal): Promise<unknown> {
  const response = await globalThis.fetch(`${origin()}/console-config.json`, { signal, headers: { Accept: 'application/json' } });
  return response.ok && response.headers.get('content-type')?.includes('json') ? response.json() : null;
}

export function projectId(): string {
  return getConnection().projectId || 'project';
}

export function domainId(): string {
  return getConnection().domainId || 'domain';
}

export function connectionRegion(): string {
  return getConnection().region;
}
