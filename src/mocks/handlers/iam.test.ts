import { describe, expect, it } from 'vitest';
import { DEMO_DOMAIN_ID, DEMO_DOMAIN_NAME, DEMO_IDENTITIES, DEMO_PROJECT_ID } from '@/mocks/db/identities';
import { DEMO_IAM_USER, demoProjectId } from '@/mocks/handlers/iam';
import { DEMO_IAM_PASSWORD, DEMO_MFA_SECRET, DEMO_MFA_USER } from '@/mocks/iam/demo-sign-in';
import { base32Decode, totpCode } from '@/mocks/iam/totp';
import { ctsFetch } from '@/mocks/testing/cts-client';

const JSON_HEADERS = { 'Content-Type': 'application/json' };

function passwordBody(password: string, scope: unknown = { project: { name: 'ap-southeast-1' } }) {
  return {
    auth: {
      identity: { methods: ['password'], password: { user: { name: DEMO_IAM_USER, password, domain: { name: DEMO_DOMAIN_NAME } } } },
      scope,
    },
  };
}

function mfaBody(userId: string, passcode: string | null) {
  const password = { user: { name: DEMO_MFA_USER, password: DEMO_IAM_PASSWORD, domain: { name: DEMO_DOMAIN_NAME } } };
  const identity = passcode === null ? { methods: ['password'], password } : { methods: ['password', 'totp'], password, totp: { user: { id: userId, passcode } } };
  return { auth: { identity, scope: { project: { name: 'ap-southeast-1' } } } };
}

async function iamError(response: Response): Promise<{ status: number; code: unknown; message: unknown }> {
  const body = (await response.json()) as { error_code?: unknown; error_msg?: unknown };
  return { status: response.status, code: body.error_code, message: body.error_msg };
}

describe('the mock’s IAM', () => {
  it('issues a 24-hour token in X-Subject-Token for the demo IAM user, scoped to the region’s project', async () => {
    const response = await ctsFetch('/v3/auth/tokens', { method: 'POST', headers: JSON_HEADERS, body: passwordBody(DEMO_IAM_PASSWORD) });
    expect(response.status).toBe(201);
    expect(response.headers.get('X-Subject-Token')).toMatch(/^MIIDemo-[0-9a-f]{32}$/);
    const { token } = (await response.json()) as { token: { expires_at: string; issued_at: string; project: { id: string; name: string }; user: { domain: { id: string } } } };
    expect(Date.parse(token.expires_at) - Date.parse(token.issued_at)).toBe(24 * 60 * 60 * 1000);
    expect(token.project).toMatchObject({ id: DEMO_PROJECT_ID, name: 'ap-southeast-1' });
    expect(token.user.domain.id).toBe(DEMO_DOMAIN_ID);
  });

  it('refuses a wrong password with 401 in IAM’s error shape, and a malformed body with 400', async () => {
    const wrong = await ctsFetch('/v3/auth/tokens', { method: 'POST', headers: JSON_HEADERS, body: passwordBody('not-it') });
    expect(await iamError(wrong)).toEqual({ status: 401, code: 'IAM.0011', message: 'The username or password is wrong.' });
    expect(wrong.headers.get('X-Subject-Token')).toBeNull();
    const malformed = await ctsFetch('/v3/auth/tokens', { method: 'POST', headers: JSON_HEADERS, rawBody: '{"auth":{}}' });
    expect(await iamError(malformed)).toMatchObject({ status: 400, code: 'IAM.0007' });
    const unknownRegion = await ctsFetch('/v3/auth/tokens', { method: 'POST', headers: JSON_HEADERS, body: passwordBody(DEMO_IAM_PASSWORD, { project: { name: 'mars-1' } }) });
    expect(await iamError(unknownRegion)).toMatchObject({ status: 400, code: 'IAM.0007' });
  });

  it('lists one project per region to a token holder, and none without a token', async () => {
    const response = await ctsFetch('/v3/auth/projects', { headers: { 'X-Auth-Token': 'MIIDemo-x' } });
    const { projects } = (await response.json()) as { projects: { id: string; name: string; enabled: boolean }[] };
    expect(projects).toHaveLength(34);
    expect(projects).toContainEqual(expect.objectContaining({ id: DEMO_PROJECT_ID, name: 'ap-southeast-1', enabled: true }));
    expect(new Set(projects.map((project) => project.id)).size).toBe(34);
    expect(projects.find((project) => project.name === 'cn-north-4')?.id).toBe(demoProjectId('cn-north-4'));
    const anonymous = await ctsFetch('/v3/auth/projects', { headers: {} });
    expect(await iamError(anonymous)).toMatchObject({ status: 401, code: 'IAM.0001' });
  });

  describe('a user with virtual-MFA login protection', () => {
    const userId = DEMO_IDENTITIES.find((identity) => identity.name === DEMO_MFA_USER)?.id ?? '';
    const currentCode = () => totpCode(base32Decode(DEMO_MFA_SECRET), Date.now());

    it('is signed in with the password and the current code, the token naming both methods', async () => {
      const response = await ctsFetch('/v3/auth/tokens', { method: 'POST', headers: JSON_HEADERS, body: mfaBody(userId, await currentCode()) });
      expect(response.status).toBe(201);
      const { token } = (await response.json()) as { token: { methods: string[]; user: { id: string; name: string } } };
      expect(token.methods).toEqual(['password', 'totp']);
      expect(token.user).toMatchObject({ id: userId, name: DEMO_MFA_USER });
    });

    it('is refused without a code, with a stale code and with another user’s ID', async () => {
      const stale = await totpCode(base32Decode(DEMO_MFA_SECRET), Date.now() - 5 * 60_000);
      for (const body of [mfaBody(userId, null), mfaBody(userId, stale), mfaBody('0'.repeat(32), await currentCode())]) {
        const response = await ctsFetch('/v3/auth/tokens', { method: 'POST', headers: JSON_HEADERS, body });
        expect(await iamError(response)).toMatchObject({ status: 401, code: 'IAM.0001' });
      }
    });

    it('reads a totp method without its user as a malformed request', async () => {
      const body = { auth: { identity: { methods: ['password', 'totp'], password: mfaBody(userId, null).auth.identity.password } } };
      expect(await iamError(await ctsFetch('/v3/auth/tokens', { method: 'POST', headers: JSON_HEADERS, body }))).toMatchObject({ status: 400, code: 'IAM.0007' });
    });
  });
  it('issues temporary AK/SK with a security token for a token, 15 minutes unless asked otherwise', async () => {
    const ask = (body: unknown, token: string | null = 'MIIDemo-0') =>
      ctsFetch('/v3.0/OS-CREDENTIAL/securitytokens', { method: 'POST', headers: { ...JSON_HEADERS, ...(token ? { 'X-Auth-Token': token } : {}) }, body });
    const before = Date.now();
    const response = await ask({ auth: { identity: { methods: ['token'] } } });
    expect(response.status).toBe(201);
    const { credential } = (await response.json()) as { credential: { access: string; secret: string; securitytoken: string; expires_at: string } };
    expect(credential.access).toMatch(/^[A-Z0-9]{20}$/);
    expect(credential.secret).toMatch(/^[A-Za-z0-9]{40}$/);
    expect(credential.securitytoken).not.toBe('');
    expect(Date.parse(credential.expires_at) - before).toBeGreaterThanOrEqual(899_000);
    expect(Date.parse(credential.expires_at) - before).toBeLessThanOrEqual(901_000);
    expect(await iamError(await ask({ auth: { identity: { methods: ['token'] } } }, null))).toMatchObject({ status: 401, code: 'IAM.0001' });
    expect(await iamError(await ask({ auth: { identity: { methods: ['token'], token: { duration_seconds: 60 } } } }))).toMatchObject({ status: 400, code: 'IAM.0007' });
  });
});
