import { describe, expect, it } from 'vitest';
import { DEMO_DOMAIN_ID, DEMO_DOMAIN_NAME, DEMO_PROJECT_ID } from '@/mocks/db/identities';
import { DEMO_IAM_PASSWORD, DEMO_IAM_USER, demoProjectId } from '@/mocks/handlers/iam';
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
});
