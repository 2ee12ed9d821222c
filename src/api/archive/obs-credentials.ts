import { iamFetch } from '@/api/client';
import type { Connection } from '@/api/connection';
import { iamEndpointOf } from '@/api/regions';

/** Temporary AK/SK and security token that IAM issued for the signed-in user's token. */
export interface TemporaryCredentials {
  accessKey: string;
  secretKey: string;
  securityToken: string;
  expiresAt: number;
}

/** Asked again this long before they lapse, so that a long archive read never signs with lapsed ones. */
const RENEW_BEFORE_MS = 60_000;

let cached: { token: string; credentials: TemporaryCredentials } | null = null;

function read(body: unknown): TemporaryCredentials | null {
  const credential = body && typeof body === 'object' && 'credential' in body ? body.credential : null;
  if (!credential || typeof credential !== 'object') {
    return null;
  }
  const { access, secret, securitytoken, expires_at: expiresAt } = credential as Record<string, unknown>;
  const expires = typeof expiresAt === 'string' ? Date.parse(expiresAt) : Number.NaN;
  return typeof access === 'string' && typeof secret === 'string' && typeof securitytoken === 'string' && Number.isFinite(expires)
    ? { accessKey: access, secretKey: secret, securityToken: securitytoken, expiresAt: expires }
    : null;
}

/**
 * The user's own temporary credentials for OBS (IAM `POST /v3.0/OS-CREDENTIAL/securitytokens`,
 * 15 minutes), kept in memory only and renewed before they lapse; null when IAM does not issue
 * them (the console server's own key, if it has one, then signs the reads).
 */
export async function temporaryObsCredentials(connection: Connection, signal?: AbortSignal): Promise<TemporaryCredentials | null> {
  if (cached && cached.token === connection.token && cached.credentials.expiresAt - RENEW_BEFORE_MS > Date.now()) {
    return cached.credentials;
  }
  try {
    const response = await iamFetch(
      connection.iamEndpoint || iamEndpointOf(connection.region),
      '/v3.0/OS-CREDENTIAL/securitytokens',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Auth-Token': connection.token },
        body: JSON.stringify({ auth: { identity: { methods: ['token'], token: { duration_seconds: 900 } } } }),
        signal,
      },
      true,
    );
    const credentials = read(await response.json());
    cached = credentials ? { token: connection.token, credentials } : null;
    return credentials;
  } catch (error) {
    if (signal?.aborted) {
      throw error;
    }
    return null;
  }
}
