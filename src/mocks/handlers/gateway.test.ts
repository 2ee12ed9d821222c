import { describe, expect, it } from 'vitest';
import { PROJECT_PATH, SDK_HEADERS, ctsFetch, expectCtsError } from '@/mocks/testing/cts-client';

describe('the gateway in front of /v3', () => {
  it('answers 401 APIGW.0301 without a token or an AK/SK signature', async () => {
    await expectCtsError(await ctsFetch(`${PROJECT_PATH}/trackers`, { headers: { 'Content-Type': 'application/json' } }), 'APIGW.0301');
    await expectCtsError(await ctsFetch(`${PROJECT_PATH}/trackers`, { headers: { 'X-Auth-Token': '  ' } }), 'APIGW.0301');
    await expectCtsError(await ctsFetch(`${PROJECT_PATH}/trackers`, { headers: { Authorization: 'Basic abc' } }), 'APIGW.0301');
  });

  it('lets a token or an AK/SK signature through, unchecked', async () => {
    expect((await ctsFetch(`${PROJECT_PATH}/trackers`, { headers: { 'X-Auth-Token': 'any' } })).status).toBe(200);
    expect((await ctsFetch(`${PROJECT_PATH}/trackers`, { headers: SDK_HEADERS })).status).toBe(200);
  });

  it('answers any project ID as the demo account', async () => {
    const response = await ctsFetch('/v3/someone-elses-project/trackers');
    expect(response.status).toBe(200);
    expect(((await response.json()) as { trackers: unknown[] }).trackers.length).toBeGreaterThan(0);
  });

  it('answers an unknown /v3 path with 404 APIGW.0101, not HTML', async () => {
    await expectCtsError(await ctsFetch(`${PROJECT_PATH}/no-such-api`), 'APIGW.0101');
  });

  it('stamps every answer with a request ID', async () => {
    const response = await ctsFetch(`${PROJECT_PATH}/quotas`);
    expect(response.headers.get('X-Request-Id')).toMatch(/^[0-9a-f]{16,32}$/);
  });
});
