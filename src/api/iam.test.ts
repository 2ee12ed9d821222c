import { describe, expect, it } from 'vitest';
import { isApiError } from '@/api/errors';
import { exchangeToken, listAuthProjects, signInWithPassword } from '@/api/iam';
import { DEMO_MFA_SECRET } from '@/mocks/iam/demo-sign-in';
import { base32Decode, totpCode } from '@/mocks/iam/totp';
import { recordRequests } from '@/mocks/testing/scenarios';

// The mock's IAM answers on any origin in tests (msw/node): the demo account, user and password.
const SIGN_IN = { iamEndpoint: 'http://iam.test', domainName: 'acme-retail', userName: 'alice.chen', password: 'demo-password', region: 'ap-southeast-1', useProxy: false };

describe('signing in to IAM', () => {
  it('returns the token from X-Subject-Token with its expiry, account and project', async () => {
    const session = await signInWithPassword(SIGN_IN);
    expect(session.token).toMatch(/^MIIDemo-/);
    expect(session.expiresAt - Date.now()).toBeGreaterThan(23 * 3_600_000);
    expect(session).toMatchObject({ domainId: '4a1c7e02b98d4f6e9b3d5a7c0e2f4816', userName: 'alice.chen', projectId: '0c3e5a7b9d1f43a8b6c4e2d0f8a6b4c2' });
  });

  it('fails with IAM’s code and message on a wrong password', async () => {
    const error: unknown = await signInWithPassword({ ...SIGN_IN, password: 'wrong' }).catch((caught: unknown) => caught);
    expect(isApiError(error) && { status: error.status, code: error.code, message: error.message }).toEqual({
      status: 401,
      code: 'IAM.0011',
      message: 'The username or password is wrong.',
    });
  });

  it('sends the virtual MFA code as IAM’s totp method for a user with login protection', async () => {
    const bob = { ...SIGN_IN, userName: 'bob.martin' };
    const refused: unknown = await signInWithPassword(bob).catch((caught: unknown) => caught);
    expect(isApiError(refused) && refused.status).toBe(401);
    const passcode = await totpCode(base32Decode(DEMO_MFA_SECRET), Date.now());
    const session = await signInWithPassword({ ...bob, mfa: { userId: '1f8c3b5d7e9a4c2f8b6d0e4a2c6f8b10', passcode } });
    expect(session.userName).toBe('bob.martin');
  });

  it('lists the projects a token may use, by region name', async () => {
    const { token } = await signInWithPassword(SIGN_IN);
    const projects = await listAuthProjects(SIGN_IN.iamEndpoint, token);
    expect(projects.map((project) => project.name)).toContain('cn-north-4');
    expect(projects.map((project) => project.name)).toEqual([...projects.map((project) => project.name)].sort());
  });

  it('exchanges a token for one scoped to another region’s project, and refuses a token IAM did not issue', async () => {
    const { token } = await signInWithPassword(SIGN_IN);
    const beijing = (await listAuthProjects(SIGN_IN.iamEndpoint, token)).find((project) => project.name === 'cn-north-4');
    const session = await exchangeToken(SIGN_IN.iamEndpoint, token, beijing?.id ?? '');
    expect(session.projectId).toBe(beijing?.id);
    expect(session.token).not.toBe(token);
    const error: unknown = await exchangeToken(SIGN_IN.iamEndpoint, 'forged', beijing?.id ?? '').catch((caught: unknown) => caught);
    expect(isApiError(error) && error.status).toBe(401);
  });

  it('signs in through the console’s proxy when the connection being signed in to uses it', async () => {
    const requests = recordRequests();
    await signInWithPassword({ ...SIGN_IN, useProxy: true });
    await signInWithPassword(SIGN_IN);
    const seen = requests.map((request) => ({ url: request.url, target: request.headers.get('X-Cts-Target') }));
    expect(seen).toEqual([
      { url: expect.stringMatching(/^http:\/\/[^/]+\/cts-proxy\/v3\/auth\/tokens$/), target: 'http://iam.test' },
      { url: 'http://iam.test/v3/auth/tokens', target: null },
    ]);
  });
});
