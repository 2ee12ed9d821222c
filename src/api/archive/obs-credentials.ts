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

/** Per token: the credentials, or the request for them that parallel reads share (asked once, not once per file). */
let cached: { token: string; credentials: Promise<TemporaryCredentials | null> } | null = null;

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
  if (cached?.token === connection.token) {
    const credentials = await cached.credentials;
    if (credentials && credentials.expiresAt - RENEW_BEFORE_MS > Date.now()) {
      return credentials;
    }
  }
  const asked = askIam(connection);
  cached = { token: connection.token, credentials: asked };
  const credentials = await asked;
  if (!credentials && cached.credentials === asked) {
    // Not kept: the next read asks again (the server's own key signs meanwhile, if it has one).
    cached = null;
  }
  signal?.throwIfAborted();
  return credentials;
}

async function askIam(connection: Connection): Promise<TemporaryCredentials | null> {
  try {
    const response = await iamFetch(connection.iamEndpoint || iamEndpointOf(connection.region), '/v3.0/OS-CREDENTIAL/securitytokens', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Auth-Token': connection.token },
      body: JSON.stringify({ auth: { identity: { methods: ['token'], token: { duration_seconds: 900 } } } }),
    }, true);
    return read(await response.json());
  } catch {
    return null;
  }
}
