import { getConnection } from '@/api/connection';
import { ApiError, toNetworkError } from '@/api/errors';
import { translate } from '@/i18n/i18n';

/**
 * The console's reads of OBS buckets, for the archive of transferred traces. Kept out of client.ts
 * (the CTS client every screen loads): only the archive's lazily loaded screens need it.
 */

/** The console's own refusal of an OBS read it cannot make (Live mode, until its server proxies OBS). */
export const OBS_UNAVAILABLE_CODE = 'CONSOLE.OBS_UNAVAILABLE';

function origin(): string {
  return globalThis.location?.origin ?? 'http://localhost';
}

/**
 * Path-style `/obs/{bucket}[/key][?query]` on the console's origin, where the embedded mock answers.
 * A 404 is an answer (no such object), not an error; other failures throw ApiError.
 */
export async function obsFetch(bucket: string, pathAndQuery: string, init: { method?: 'GET' | 'HEAD'; signal?: AbortSignal } = {}): Promise<Response> {
  if (getConnection().mode === 'live') {
    throw new ApiError({
      status: 0,
      code: OBS_UNAVAILABLE_CODE,
      // In the language active when it is thrown; screens that keep it show it by its code (archive.obs.unavailable).
      message: translate('archive.obs.unavailable'),
      requestId: null,
      operation: null,
    });
  }
  let response: Response;
  try {
    response = await globalThis.fetch(`${origin()}/obs/${encodeURIComponent(bucket)}${pathAndQuery}`, { method: init.method ?? 'GET', signal: init.signal });
  } catch (error) {
    if (init.signal?.aborted) {
      throw error;
    }
    throw toNetworkError(error, null);
  }
  if (!response.ok && response.status !== 404) {
    const text = await response.text();
    throw new ApiError({
      status: response.status,
      code: /<Code>([^<]+)<\/Code>/.exec(text)?.[1] ?? String(response.status),
      message: /<Message>([^<]+)<\/Message>/.exec(text)?.[1] ?? translate('archive.obs.answered', { status: response.status }),
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
