import { queryOptions } from '@tanstack/react-query';
import { z } from '@/api/zod';
import { iamFetch } from '@/api/client';
import { LocalizedError } from '@/api/errors';

/**
 * Signing in with an IAM user's password (`POST /v3/auth/tokens`, password method, scoped to the
 * region's project) and listing the projects the token may use (`GET /v3/auth/projects`). The
 * password is sent once and kept nowhere; the token comes back in `X-Subject-Token`.
 */
export interface PasswordSignIn {
  iamEndpoint: string;
  /** The account (domain) name the IAM user belongs to. */
  domainName: string;
  userName: string;
  password: string;
  /** The region whose project the token is scoped to (IAM names each project after its region). */
  region: string;
  /** Through the console's proxy, as the connection being signed in to will send its calls. */
  useProxy: boolean;
  /** The virtual MFA device's current code, for a user with login protection (IAM's totp method). */
  mfa?: { userId: string; passcode: string };
}

export interface IamSession {
  token: string;
  /** UTC milliseconds. */
  expiresAt: number;
  domainId: string;
  userName: string;
  projectId: string | null;
}

export interface IamProject {
  id: string;
  /** The region the project belongs to (IAM names a region's default project after it). */
  name: string;
  enabled: boolean;
}

const tokenBodySchema = z.object({
  token: z.object({
    expires_at: z.string(),
    user: z.object({ name: z.string(), domain: z.object({ id: z.string() }) }),
    project: z.object({ id: z.string() }).optional(),
  }),
});

const projectsSchema = z.object({
  projects: z.array(z.object({ id: z.string(), name: z.string(), enabled: z.boolean().optional() })),
});

async function requestToken(iamEndpoint: string, auth: unknown, signal?: AbortSignal, viaProxy?: boolean): Promise<IamSession> {
  const init = { method: 'POST', headers: { 'Content-Type': 'application/json;charset=utf8' }, body: JSON.stringify({ auth }), signal };
  const response = await iamFetch(iamEndpoint, '/v3/auth/tokens', init, viaProxy);
  const token = response.headers.get('X-Subject-Token');
  const parsed = tokenBodySchema.safeParse(await response.json().catch(() => null));
  if (!token || !parsed.success) {
    throw new LocalizedError({ id: 'errors.iamNoToken' });
  }
  const expiresAt = Date.parse(parsed.data.token.expires_at);
  return {
    token,
    expiresAt: Number.isFinite(expiresAt) ? expiresAt : Date.now() + 24 * 3_600_000,
    domainId: parsed.data.token.user.domain.id,
    userName: parsed.data.token.user.name,
    projectId: parsed.data.token.project?.id ?? null,
  };
}

export function signInWithPassword(request: PasswordSignIn, signal?: AbortSignal): Promise<IamSession> {
  const password = { user: { name: request.userName, password: request.password, domain: { name: request.domainName } } };
  const identity = request.mfa
    ? { methods: ['password', 'totp'], password, totp: { user: { id: request.mfa.userId, passcode: request.mfa.passcode } } }
    : { methods: ['password'], password };
  return requestToken(request.iamEndpoint, { identity, scope: { project: { name: request.region } } }, signal, request.useProxy);
}

/**
 * A token scoped to another project, for the token the user holds (IAM's token method): how the
 * console switches region and project without asking for the password again.
 */
export function exchangeToken(iamEndpoint: string, token: string, projectId: string, signal?: AbortSignal): Promise<IamSession> {
  return requestToken(iamEndpoint, { identity: { methods: ['token'], token: { id: token } }, scope: { project: { id: projectId } } }, signal);
}

export async function listAuthProjects(iamEndpoint: string, token: string, signal?: AbortSignal): Promise<IamProject[]> {
  const response = await iamFetch(iamEndpoint, '/v3/auth/projects', { headers: { 'X-Auth-Token': token }, signal });
  const parsed = projectsSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) {
    return [];
  }
  return parsed.data.projects
    .map((project) => ({ id: project.id, name: project.name, enabled: project.enabled ?? true }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export const iamQueries = {
  all: () => ['iam'] as const,
  /** The projects a token may use; the token is part of the key, as a new sign-in may see others. */
  projects: (iamEndpoint: string, token: string) =>
    queryOptions({
      queryKey: [...iamQueries.all(), 'projects', iamEndpoint, token] as const,
      queryFn: ({ signal }) => listAuthProjects(iamEndpoint, token, signal),
      staleTime: 5 * 60_000,
    }),
};
