import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { MockState, Trace } from '@/api/contract/types';
import { DEMO_DOMAIN_ID, DEMO_PROJECT_ID } from '@/mocks/db/identities';
import { MAX_VOLUME } from '@/mocks/db/persisted-state';
import { mockControlHandlers } from '@/mocks/handlers/mock-control';
import { mockDb } from '@/mocks/node';
import { FINANCE_TRACKER_NAME } from '@/mocks/db/seed-world';
import { PROJECT_PATH, ctsFetch, expectCtsError } from '@/mocks/testing/cts-client';

const control = (path: string, method: 'GET' | 'POST' | 'PUT', body?: unknown) =>
  fetch(`http://localhost${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

const setFaults = (faults: unknown) => control('/mock/faults', 'PUT', faults);

describe('GET /mock/state', () => {
  it('describes the seed, volume, faults, the demo account and the simulated OBS and KMS', async () => {
    const response = await control('/mock/state', 'GET');
    expect(response.status).toBe(200);
    const state = (await response.json()) as MockState;
    expect(state).toMatchObject({
      seed: mockDb.seed,
      volume: mockDb.volume,
      faults: { latency_ms: 0, error_rate: 0, fail_next: null },
      project_id: DEMO_PROJECT_ID,
      domain_id: DEMO_DOMAIN_ID,
    });
    expect(state.buckets.map((bucket) => bucket.bucket_name)).toContain('finance-reports-2026');
    expect(state.kms_keys?.length).toBeGreaterThan(0);
  });

  it('needs no credentials: it is not part of CTS', async () => {
    expect((await fetch('http://localhost/mock/state')).status).toBe(200);
  });
});

describe('POST /mock/reset', () => {
  it('brings back the seeded state', async () => {
    await ctsFetch(`${PROJECT_PATH}/trackers?tracker_name=${FINANCE_TRACKER_NAME}`, { method: 'DELETE' });
    expect(mockDb.trackers.has(FINANCE_TRACKER_NAME)).toBe(false);
    expect((await control('/mock/reset', 'POST')).status).toBe(204);
    expect(mockDb.trackers.has(FINANCE_TRACKER_NAME)).toBe(true);
  });

  it('takes another seed and volume, and the same seed gives the same traces', async () => {
    const firstIds = (await fetchTraceIds()).join();
    expect((await control('/mock/reset', 'POST', { seed: 7, volume: 500 })).status).toBe(204);
    expect(mockDb.seed).toBe(7);
    expect(mockDb.volume).toBe(500);
    expect((await fetchTraceIds()).join()).not.toBe(firstIds);
    const sevenIds = (await fetchTraceIds()).join();
    await control('/mock/reset', 'POST', { seed: 7, volume: 500 });
    expect((await fetchTraceIds()).join()).toBe(sevenIds);
  });

  it('refuses a volume out of range or a non-integer seed with CTS.0003', async () => {
    const tooMany = await control('/mock/reset', 'POST', { volume: MAX_VOLUME + 1 });
    expect(tooMany.status).toBe(400);
    expect(((await tooMany.json()) as { error_code: string }).error_code).toBe('CTS.0003');
    expect((await control('/mock/reset', 'POST', { seed: 1.5 })).status).toBe(400);
  });
});

async function fetchTraceIds(): Promise<string[]> {
  const now = Date.now();
  const response = await ctsFetch(`${PROJECT_PATH}/traces?limit=20&from=${now - 7 * 86_400_000}&to=${now + 60_000}`);
  const body = (await response.json()) as { traces: Trace[] };
  return body.traces.map((trace) => trace.trace_id);
}

describe('PUT /mock/faults', () => {
  it('fails the next /v3 call once with the given code and the table message', async () => {
    expect((await setFaults({ latency_ms: 0, error_rate: 0, fail_next: { status: 500, error_code: 'CTS.0004' } })).status).toBe(200);
    await expectCtsError(await ctsFetch(`${PROJECT_PATH}/trackers`), 'CTS.0004');
    expect((await ctsFetch(`${PROJECT_PATH}/trackers`)).status).toBe(200);
  });

  it.each([
    [400, 'CTS.0001'],
    [400, 'CTS.0216'],
    [400, 'CTS.0217'],
    [400, 'CTS.0220'],
    [403, 'CTS.0002'],
    [403, 'CTS.0013'],
    [500, 'CTS.0005'],
  ] as const)('injects %i %s, the codes with no natural trigger', async (status, code) => {
    await setFaults({ latency_ms: 0, error_rate: 0, fail_next: { status, error_code: code } });
    await expectCtsError(await ctsFetch(`${PROJECT_PATH}/quotas`), code);
  });

  it('waits for the named operation before failing', async () => {
    await setFaults({ latency_ms: 0, error_rate: 0, fail_next: { status: 400, error_code: 'CTS.0216', operation_id: 'createTracker' } });
    expect((await ctsFetch(`${PROJECT_PATH}/trackers`)).status).toBe(200);
    const created = await ctsFetch(`${PROJECT_PATH}/tracker`, {
      method: 'POST',
      body: { tracker_type: 'data', tracker_name: 'fault-target', data_bucket: { data_bucket_name: 'hr-archive', data_event: ['READ'] } },
    });
    await expectCtsError(created, 'CTS.0216');
    expect(mockDb.trackers.has('fault-target')).toBe(false);
  });

  it('fails every call at an error rate of 1: reads with CTS.0005, writes with CTS.0004', async () => {
    await setFaults({ latency_ms: 0, error_rate: 1, fail_next: null });
    await expectCtsError(await ctsFetch(`${PROJECT_PATH}/trackers`), 'CTS.0005');
    await expectCtsError(await ctsFetch(`${PROJECT_PATH}/tracker`, { method: 'PUT', body: {} }), 'CTS.0004');
    expect((await control('/mock/state', 'GET')).status).toBe(200);
  });

  it('delays answers by the latency', async () => {
    await setFaults({ latency_ms: 120, error_rate: 0, fail_next: null });
    const started = performance.now();
    await ctsFetch(`${PROJECT_PATH}/quotas`);
    expect(performance.now() - started).toBeGreaterThanOrEqual(100);
  });

  it.each([
    { latency_ms: -1, error_rate: 0, fail_next: null },
    { latency_ms: 10_001, error_rate: 0, fail_next: null },
    { latency_ms: 0, error_rate: 1.5, fail_next: null },
    { latency_ms: 0, error_rate: 0, fail_next: { status: 200, error_code: 'CTS.0004' } },
    { latency_ms: 0, error_rate: 0, fail_next: { status: 500 } },
  ])('refuses invalid faults %j with CTS.0003', async (faults) => {
    const response = await setFaults(faults);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error_code: string }).error_code).toBe('CTS.0003');
  });
});

describe('POST /mock/traces', () => {
  it('injects traces that queries return verbatim, filling what is missing', async () => {
    const hostile = '<script>alert(1)</script>=cmd|calc';
    const response = await control('/mock/traces', 'POST', {
      traces: [{ trace_name: 'deleteServer', service_type: 'ECS', resource_type: 'ecs', resource_name: hostile, trace_rating: 'incident' }],
    });
    expect(response.status).toBe(201);
    const { trace_ids: ids } = (await response.json()) as { trace_ids: string[] };
    expect(ids).toHaveLength(1);
    const found = await ctsFetch(`${PROJECT_PATH}/traces?trace_id=${ids[0]}`);
    const [trace] = ((await found.json()) as { traces: Trace[] }).traces;
    expect(trace).toMatchObject({ trace_id: ids[0], resource_name: hostile, trace_rating: 'incident', service_type: 'ECS' });
    expect(Math.abs((trace?.time ?? 0) - Date.now())).toBeLessThan(60_000);
  });

  it('refuses a body without a traces array', async () => {
    expect((await control('/mock/traces', 'POST', { trace: {} })).status).toBe(400);
    expect((await control('/mock/traces', 'POST', { traces: [1] })).status).toBe(400);
  });
});

describe('the control API in the browser', () => {
  const handlers = mockControlHandlers(mockDb, { sameOrigin: 'http://console.local' });
  const reset = (url: string, type = 'application/json') =>
    getResponse(handlers, new Request(url, { method: 'POST', headers: { 'Content-Type': type }, body: '{}' }));

  it('answers only on the console’s own origin', async () => {
    expect((await reset('http://console.local/mock/reset'))?.status).toBe(204);
    const elsewhere = await reset('http://other.example/mock/reset');
    expect(elsewhere?.status).toBe(403);
    expect(((await elsewhere?.json()) as { error_code: string }).error_code).toBe('CTS.MOCK.0403');
  });

  it('takes JSON only', async () => {
    const plain = await reset('http://console.local/mock/reset', 'text/plain');
    expect(plain?.status).toBe(415);
  });
});
