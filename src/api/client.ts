import createClient, { type Middleware } from 'openapi-fetch';
import { getConnection } from '@/api/connection';
import { operationOfTemplate } from '@/api/contract/operation-routes';
import type { paths } from '@/api/contract/types';
import { activeXLanguage } from '@/i18n/request-language';
import type { Message } from '@/i18n/message-id';
import { englishText } from '@/api/message-text';
import { ApiError, NO_TOKEN_CODE, TOKEN_EXPIRED_CODE, isApiError, toApiError, toNetworkError } from '@/api/errors';

/** The mock accepts any token; CTS and the standalone mock require one (spec-notes 1.1, issue §5). */
export const MOCK_TOKEN = 'mock-session-token';
const PROXY_PATH = '/cts-proxy';

/**
 * A Live call without a token, or with one the console knows has lapsed, would only earn a 401
 * that cannot say why: say it before sending anything.
 */
function missingCredentials(connection: ReturnType<typeof getConnection>, now = Date.now()): ApiError | null {
  if (!connection.token.trim()) {
    const noToken: Message = { id: 'errors.noToken' };
    return new ApiError({
      status: 401,
      code: NO_TOKEN_CODE,
      message: englishText(noToken),
      requestId: null,
      operation: null,
      localMessage: noToken,
    });
  }
  if (connection.tokenExpiresAt !== null && connection.tokenExpiresAt <= now) {
    const expired: Message = { id: 'errors.tokenExpired', values: { time: new Date(connection.tokenExpiresAt).toISOString() } };
    return new ApiError({
      status: 401,
      code: TOKEN_EXPIRED_CODE,
      message: englishText(expired),
      requestId: null,
      operation: null,
      localMessage: expired,
    });
  }
  return null;
}

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
      const refusal = connection.credentials === 'server' ? null : missingCredentials(connection);
      if (refusal) {
        throw refusal;
      }
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
    // CTS answers its messages in the console's language where it has them.
    headers.set('X-Language', activeXLanguage());
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
    if (isApiError(error)) {
      return error;
    }
    return toNetworkError(error, operationOfTemplate(request.method, schemaPath));
  },
};

/**
 * The only HTTP client of the console. openapi-fetch captures `fetch` when created, so it is
 * wrapped to look up `globalThis.fetch` per call (msw/node replaces it in tests). CTS authenticates
 * by header and the console's proxy drops cookies, so none are sent (`omit` also spares the
 * embedded mock reading `document.cookie`, a call to the browser's process, for every request).
 */
export const cts = createClient<paths>({
  baseUrl: origin(),
  fetch: (request) => globalThis.fetch(request),
  credentials: 'omit',
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

/**
 * A call to Huawei Cloud IAM (sign-in, projects), which is not part of the CTS contract. It goes
 * the way CTS calls go: through the console's proxy when the connection uses it, else directly.
 */
export async function iamFetch(
  iamEndpoint: string,
  path: `/v3/auth/${string}` | '/v3.0/OS-CREDENTIAL/securitytokens',
  init: RequestInit = {},
  viaProxy = getConnection().useProxy,
): Promise<Response> {
  const endpoint = iamEndpoint.replace(/\/+$/, '');
  const headers = new Headers(init.headers);
  headers.set('X-Language', activeXLanguage());
  let target = `${endpoint}${path}`;
  if (viaProxy) {
    target = `${origin()}${PROXY_PATH}${path}`;
    headers.set('X-Cts-Target', endpoint);
  }
  let response: Response;
  try {
    response = await globalThis.fetch(target, { ...init, headers });
  } catch (error) {
    throw toNetworkError(error, null);
  }
  if (!response.ok) {
    throw await toApiError(response, null);
  }
  return response;
}
