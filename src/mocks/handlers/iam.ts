import { http, HttpResponse } from 'msw';
import { HUAWEI_REGIONS } from '@/api/regions';
import { DEMO_CONSOLE_USER, DEMO_DOMAIN_ID, DEMO_DOMAIN_NAME, DEMO_IDENTITIES, DEMO_PROJECT_ID, DEMO_REGION } from '@/mocks/db/identities';
import { DEMO_IAM_PASSWORD, DEMO_MFA_SECRET, DEMO_MFA_USER } from '@/mocks/iam/demo-sign-in';
import { base32Decode, verifyTotp } from '@/mocks/iam/totp';

/**
 * The IAM calls the console makes, so that sign-in is demoed and tested without a cloud:
 * `POST /v3/auth/tokens` (password method, or password and totp for a user with virtual-MFA login
 * protection; the token in `X-Subject-Token`, valid 24 hours),
 * `GET /v3/auth/projects` (one project per region, named after it), and
 * `POST /v3.0/OS-CREDENTIAL/securitytokens` (temporary AK/SK for a token); a token it issued can be
 * exchanged for one scoped to another project (token method). Errors use IAM's envelope
 * `{error_msg, error_code}` with IAM.xxxx codes (huawei-regions.md), not CTS's.
 */
export const DEMO_IAM_USER = DEMO_CONSOLE_USER;

interface SignInUser {
  id: string;
  name: string;
  mfaSecret?: string;
}

function signInUser(name: string, mfaSecret?: string): SignInUser {
  const identity = DEMO_IDENTITIES.find((candidate) => candidate.name === name);
  if (!identity) {
    throw new Error(`unknown demo identity ${name}`);
  }
  return { id: identity.id, name, mfaSecret };
}

/** The IAM users that can sign in to the demo account, all with the demo password. */
const SIGN_IN_USERS: readonly SignInUser[] = [signInUser(DEMO_IAM_USER), signInUser(DEMO_MFA_USER, DEMO_MFA_SECRET)];
const TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** A stable project ID per region; the demo region keeps the ID the rest of the mock uses. */
export function demoProjectId(region: string): string {
  if (region === DEMO_REGION) {
    return DEMO_PROJECT_ID;
  }
  let hash = 0x811c9dc5;
  for (const char of region) {
    hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  }
  return `${hash.toString(16).padStart(8, '0')}${DEMO_PROJECT_ID.slice(8)}`;
}

function iamError(status: number, code: string, message: string): Response {
  return HttpResponse.json({ error_msg: message, error_code: code }, { status });
}

interface PasswordAuth {
  method: 'password';
  userName: string;
  password: string;
  domainName: string;
  /** The second factor, when the methods include totp. */
  totp?: { userId: string; passcode: string };
  scopeProject?: { id?: string; name?: string };
}

/** A token exchanged for one scoped to another project (IAM's token method). */
interface TokenAuth {
  method: 'token';
  token: string;
  scopeProject?: { id?: string; name?: string };
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function readScope(body: unknown): PasswordAuth['scopeProject'] {
  const project = field(field(field(body, 'auth'), 'scope'), 'project');
  const [id, name] = [field(project, 'id'), field(project, 'name')];
  return project ? { id: typeof id === 'string' ? id : undefined, name: typeof name === 'string' ? name : undefined } : undefined;
}

function readAuth(body: unknown): PasswordAuth | TokenAuth | null {
  const identity = field(field(body, 'auth'), 'identity');
  const methods = field(identity, 'methods');
  if (Array.isArray(methods) && methods.includes('token')) {
    const token = field(field(identity, 'token'), 'id');
    return typeof token === 'string' && token.trim() ? { method: 'token', token, scopeProject: readScope(body) } : null;
  }
  const user = field(field(identity, 'password'), 'user');
  const [userName, password, domainName] = [field(user, 'name'), field(user, 'password'), field(field(user, 'domain'), 'name')];
  if (!Array.isArray(methods) || !methods.includes('password') || typeof userName !== 'string' || typeof password !== 'string' || typeof domainName !== 'string') {
    return null;
  }
  const totp = methods.includes('totp') ? readTotp(identity) : undefined;
  if (totp === null) {
    return null;
  }
  return { method: 'password', userName, password, domainName, totp, scopeProject: readScope(body) };
}

function readTotp(identity: unknown): PasswordAuth['totp'] | null {
  const user = field(field(identity, 'totp'), 'user');
  const [userId, passcode] = [field(user, 'id'), field(user, 'passcode')];
  return typeof userId === 'string' && typeof passcode === 'string' ? { userId, passcode } : null;
}

/** The user a sign-in is for, or IAM's refusal. */
async function authenticate(auth: PasswordAuth | TokenAuth): Promise<SignInUser | Response> {
  const [signedIn] = SIGN_IN_USERS;
  if (auth.method === 'token') {
    // The demo's tokens are all alice's: the token method keeps the user of the token.
    return auth.token.startsWith(TOKEN_PREFIX) && signedIn ? signedIn : iamError(401, 'IAM.0001', 'The token must be updated.');
  }
  const user = SIGN_IN_USERS.find((candidate) => candidate.name === auth.userName);
  if (auth.domainName !== DEMO_DOMAIN_NAME || !user || auth.password !== DEMO_IAM_PASSWORD) {
    return iamError(401, 'IAM.0011', 'The username or password is wrong.');
  }
  if (user.mfaSecret) {
    // The mock's choice: a protected user without a (valid) code is refused as unauthenticated.
    const valid = auth.totp?.userId === user.id && (await verifyTotp(base32Decode(user.mfaSecret), auth.totp.passcode, Date.now()));
    return valid ? user : iamError(401, 'IAM.0001', 'The request you have made requires authentication.');
  }
  return user;
}

function projectOf(scope: PasswordAuth['scopeProject']): { id: string; name: string } | null | undefined {
  if (!scope) {
    return undefined;
  }
  const region = HUAWEI_REGIONS.find((candidate) => candidate.id === scope.name || demoProjectId(candidate.id) === scope.id);
  return region ? { id: demoProjectId(region.id), name: region.id } : null;
}

const TOKEN_PREFIX = 'MIIDemo-';

function newToken(): string {
  const random = Array.from({ length: 4 }, () => Math.floor(Math.random() * 0xffffffff).toString(16).padStart(8, '0')).join('');
  return `${TOKEN_PREFIX}${random}`;
}

/** Temporary AK/SK for a token (POST /v3.0/OS-CREDENTIAL/securitytokens): 15 minutes unless asked otherwise. */
const DEFAULT_CREDENTIAL_SECONDS = 900;
const TEMPORARY_KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function randomText(alphabet: string, length: number): string {
  return Array.from({ length }, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join('');
}

export function iamHandlers() {
  return [
    http.post('*/v3/auth/tokens', async ({ request }) => {
      const auth = readAuth(await request.json().catch(() => null));
      if (!auth) {
        return iamError(400, 'IAM.0007', 'Request parameter auth.identity is invalid.');
      }
      const user = await authenticate(auth);
      if (user instanceof Response) {
        return user;
      }
      const project = projectOf(auth.scopeProject);
      if (project === null) {
        return iamError(400, 'IAM.0007', 'Request parameter auth.scope.project is invalid.');
      }
      const now = Date.now();
      const token = {
        methods: auth.method === 'password' && auth.totp ? ['password', 'totp'] : [auth.method],
        issued_at: new Date(now).toISOString(),
        expires_at: new Date(now + TOKEN_LIFETIME_MS).toISOString(),
        user: { id: user.id, name: user.name, domain: { id: DEMO_DOMAIN_ID, name: DEMO_DOMAIN_NAME }, password_expires_at: '' },
        ...(project ? { project: { id: project.id, name: project.name, domain: { id: DEMO_DOMAIN_ID, name: DEMO_DOMAIN_NAME } } } : { domain: { id: DEMO_DOMAIN_ID, name: DEMO_DOMAIN_NAME } }),
      };
      return HttpResponse.json({ token }, { status: 201, headers: { 'X-Subject-Token': newToken() } });
    }),
    http.post('*/v3.0/OS-CREDENTIAL/securitytokens', async ({ request }) => {
      if (!request.headers.get('x-auth-token')?.trim()) {
        return iamError(401, 'IAM.0001', 'The request you have made requires authentication.');
      }
      const identity = field(field(await request.json().catch(() => null), 'auth'), 'identity');
      const methods = field(identity, 'methods');
      const duration = field(field(identity, 'token'), 'duration_seconds') ?? DEFAULT_CREDENTIAL_SECONDS;
      if (!Array.isArray(methods) || !methods.includes('token') || typeof duration !== 'number' || duration < 900 || duration > 86_400) {
        return iamError(400, 'IAM.0007', 'Request parameter auth.identity is invalid.');
      }
      const credential = {
        access: randomText(TEMPORARY_KEY_ALPHABET, 20),
        secret: randomText(`${TEMPORARY_KEY_ALPHABET}abcdefghijklmnopqrstuvwxyz`, 40),
        securitytoken: `${TOKEN_PREFIX}security-${randomText(TEMPORARY_KEY_ALPHABET, 32)}`,
        expires_at: new Date(Date.now() + duration * 1000).toISOString(),
      };
      return HttpResponse.json({ credential }, { status: 201 });
    }),
    http.get('*/v3/auth/projects', ({ request }) => {
      if (!request.headers.get('x-auth-token')?.trim()) {
        return iamError(401, 'IAM.0001', 'The request you have made requires authentication.');
      }
      const projects = HUAWEI_REGIONS.map((region) => ({
        id: demoProjectId(region.id),
        name: region.id,
        domain_id: DEMO_DOMAIN_ID,
        parent_id: DEMO_DOMAIN_ID,
        is_domain: false,
        enabled: true,
        description: '',
      }));
      return HttpResponse.json({ projects, links: { self: new URL('/v3/auth/projects', request.url).toString() } });
    }),
  ];
}
