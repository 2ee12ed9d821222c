import { temporaryObsCredentials } from '@/api/archive/obs-credentials';
import { getConnection } from '@/api/connection';
import { ApiError, toNetworkError } from '@/api/errors';
import { translate } from '@/i18n/i18n';

/**
 * The console's reads of OBS buckets, for the archive of transferred traces. Kept out of client.ts
 * (the CTS client every screen loads): only the archive's lazily loaded screens need it.
 */

/** The console's own refusal of an OBS read it cannot make (Live mode without the console's proxy). */
export const OBS_UNAVAILABLE_CODE = 'CONSOLE.OBS_UNAVAILABLE';

function origin(): string {
  return globalThis.location?.origin ?? 'http://localhost';
}

/**
 * Where a bucket is read: `/obs/{bucket}` on the console's origin, where the embedded mock
 * answers; in Live mode the console server's `/obs-proxy/{bucket}` (server/proxy/obs-proxy.ts),
 * which reads it in the region of the CTS endpoint, signed with the user's temporary credentials
 * (signed in with a token) or the server's own key.
 */
async function bucketLocation(bucket: string, signal?: AbortSignal): Promise<{ base: string; headers: Record<string, string> }> {
  const connection = getConnection();
  if (connection.mode !== 'live') {
    return { base: `${origin()}/obs/${encodeURIComponent(bucket)}`, headers: {} };
  }
  if (!connection.useProxy && connection.credentials !== 'server') {
    throw new ApiError({
      status: 0,
      code: OBS_UNAVAILABLE_CODE,
      // In the language active when it is thrown; screens that keep it show it by its code (archive.obs.unavailable).
      message: translate('archive.obs.unavailable'),
      requestId: null,
      operation: null,
    });
  }
  const headers: Record<string, string> = { 'X-Cts-Target': connection.endpoint.replace(/\/+$/, '') };
  const temporary = connection.credentials === 'token' ? await temporaryObsCredentials(connection, signal) : null;
  if (temporary) {
    headers['X-Temporary-Access-Key'] = temporary.accessKey;
    headers['X-Temporary-Secret-Key'] = temporary.secretKey;
    headers['X-Security-Token'] = temporary.securityToken;
  }
  return { base: `${origin()}/obs-proxy/${encodeURIComponent(bucket)}`, headers };
}

/** OBS answers its errors in XML; the console's proxy in CTS's JSON shape. */
function describeFailure(text: string): { code: string | null; message: string | null } {
  try {
    const body: unknown = JSON.parse(text);
    if (body && typeof body === 'object' && 'error_code' in body && 'error_msg' in body) {
      return { code: String(body.error_code), message: String(body.error_msg) };
    }
  } catch {
    // Not JSON: OBS's own XML.
  }
  return { code: /<Code>([^<]+)<\/Code>/.exec(text)?.[1] ?? null, message: /<Message>([^<]+)<\/Message>/.exec(text)?.[1] ?? null };
}

/**
 * GET or HEAD `{bucket}[/key][?query]`. A 404 is an answer (no such object), not an error; other
 * failures throw ApiError.
 */
export async function obsFetch(bucket: string, pathAndQuery: string, init: { method?: 'GET' | 'HEAD'; signal?: AbortSignal } = {}): Promise<Response> {
  const { base, headers } = await bucketLocation(bucket, init.signal);
  let response: Response;
  try {
    // No cookies: OBS authenticates by header and the console's proxy drops them (see the CTS client).
    response = await globalThis.fetch(`${base}${pathAndQuery}`, { method: init.method ?? 'GET', headers, signal: init.signal, credentials: 'omit' });
  } catch (error) {
    if (init.signal?.aborted) {
      throw error;
    }
    throw toNetworkError(error, null);
  }
  if (!response.ok && response.status !== 404) {
    const failure = describeFailure(await response.text());
    throw new ApiError({
      status: response.status,
      code: failure.code ?? String(response.status),
      message: failure.message ?? translate('archive.obs.answered', { status: response.status }),
      requestId: response.headers.get('x-obs-request-id'),
      operation: null,
    });
  }
  return response;
}

/** The public key the embedded mock signs its digests with (not part of CTS); null in Live mode. */
export async function readMockArchivePublicKey(signal?: AbortSignal): Promise<string | null> {
  if (getConnection().mode === 'live') {
    return null;
  }
  const response = await globalThis.fetch(`${origin()}/mock/archive/public-key`, { signal, headers: { Accept: 'application/json' } });
  const body: unknown = response.ok ? await response.json() : null;
  return body && typeof body === 'object' && 'public_key' in body && typeof body.public_key === 'string' ? body.public_key : null;
}
