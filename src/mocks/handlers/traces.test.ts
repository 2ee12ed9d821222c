import { describe, expect, it } from 'vitest';
import type { components } from '@/api/contract/types';
import { ASSETS_BUCKET, ASSETS_TRACKER_NAME, FINANCE_BUCKET, FINANCE_TRACKER_NAME } from '@/mocks/db/seed-world';
import type { ErrorBodyJson } from '@/mocks/testing/notification-fixtures';
import { SDK_HEADERS, TOKEN_HEADERS, ctsRequest } from '@/mocks/testing/notification-fixtures';
import {
  DAY,
  DOMAIN_URL,
  HOUR,
  MINUTE,
  PROJECT_URL,
  injectProbeTraces,
  listTraces,
  refusedTraces,
  requestTraces,
} from '@/mocks/testing/trace-fixtures';
import { withTraces } from '@/mocks/testing/scenarios';

type ListOperationsResponse = components['schemas']['ListOperationsResponse'];
type ListUserResourcesResponse = components['schemas']['ListUserResourcesResponse'];
type ListTraceResourcesResponse = components['schemas']['ListTraceResourcesResponse'];

const MANAGEMENT_TYPES = ['ApiCall', 'ConsoleAction', 'SystemAction'];
const DATA_TYPES = ['ObsSDK', 'ObsAPI'];

describe('listTraces', () => {
  it('defaults to 10 management traces of the last hour, newest first (L1598–1610)', async () => {
    injectProbeTraces('default-probe', Array.from({ length: 12 }, (_, i) => (i + 1) * MINUTE));
    const before = Date.now();
    const { traces, meta_data: meta } = await listTraces();
    expect(traces).toHaveLength(10);
    expect(meta.count).toBe(10);
    expect(meta.marker).toBe(traces.at(-1)?.trace_id);
    for (const trace of traces) {
      expect(MANAGEMENT_TYPES).toContain(trace.trace_type);
      expect(trace.time).toBeGreaterThan(before - HOUR - 1000);
    }
    const times = traces.map((trace) => trace.time);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('accepts limit 200 and refuses 201, 0 and non-numbers with CTS.0300 (L1610, choice 12)', async () => {
    expect((await listTraces({ limit: 200, from: Date.now() - 6 * DAY })).traces).toHaveLength(200);
    for (const limit of ['201', '0', 'ten', '1.5']) {
      const error = await refusedTraces({ limit });
      expect(error.error_code).toBe('CTS.0300');
      expect(error.error_msg).toContain('limit');
    }
  });

  it('refuses from ≥ to and timestamps that are not 13 digits (L1599–1601, choice 11)', async () => {
    const now = Date.now();
    expect((await refusedTraces({ from: now, to: now })).error_code).toBe('CTS.0300');
    expect((await refusedTraces({ from: now, to: now - 1 })).error_msg).toContain('from');
    expect((await refusedTraces({ from: Math.floor(now / 1000) })).error_code).toBe('CTS.0300');
    expect((await refusedTraces({ to: 'yesterday' })).error_code).toBe('CTS.0300');
    expect((await requestTraces({ from: now - 1, to: now })).status).toBe(200);
  });

  it('refuses a bad trace_type, trace_rating or trace_name with CTS.0300', async () => {
    expect(await refusedTraces({ trace_type: 'management' })).toMatchObject({ error_code: 'CTS.0300' });
    expect(await refusedTraces({ trace_rating: 'fatal' })).toMatchObject({ error_code: 'CTS.0300' });
    expect(await refusedTraces({ trace_name: '1startsWithDigit' })).toMatchObject({ error_code: 'CTS.0300' });
    expect((await requestTraces({ trace_type: 'system', trace_rating: 'incident' })).status).toBe(200);
  });

  it('refuses an unknown next marker with CTS.0300 (choice 15)', async () => {
    const error = await refusedTraces({ next: 'not-a-trace' });
    expect(error.error_code).toBe('CTS.0300');
    expect(error.error_msg).toContain('not-a-trace');
  });

  it('pages through a window with next/marker, exclusive bounds, marker null on the last page (L1600, L1705)', async () => {
    const ids = injectProbeTraces('paging-probe', [1, 2, 3, 4, 5].map((k) => k * MINUTE));
    injectProbeTraces('paging-probe', [2 * HOUR]);
    const seen: string[] = [];
    const sizes: number[] = [];
    let next: string | null | undefined;
    do {
      const page = await listTraces({ resource_name: 'paging-probe', limit: 2, ...(next ? { next } : {}) });
      sizes.push(page.meta_data.count ?? page.traces.length);
      seen.push(...page.traces.map((trace) => trace.trace_id));
      next = page.meta_data.marker;
    } while (next);
    expect(sizes).toEqual([2, 2, 1]);
    // Injected 1..5 minutes ago: newest first is the order they were given in.
    expect(seen).toEqual(ids);
    const wider = await listTraces({ resource_name: 'paging-probe', from: Date.now() - 3 * HOUR, limit: 10 });
    expect(wider.meta_data).toEqual({ count: 6, marker: null });
  });

  it('intersects next with the window: a full last page still has marker null when nothing older matches', async () => {
    injectProbeTraces('window-probe', [1, 2, 3, 4].map((k) => k * MINUTE));
    const first = await listTraces({ resource_name: 'window-probe', limit: 2 });
    const second = await listTraces({ resource_name: 'window-probe', limit: 2, next: first.meta_data.marker ?? '' });
    expect(second.meta_data).toEqual({ count: 2, marker: null });
  });

  it('returns the trace of trace_id whatever the window and the other filters (L1611, choice 16)', async () => {
    const [old] = injectProbeTraces('id-probe', [3 * DAY]);
    const { traces } = await listTraces({ trace_id: old ?? '', service_type: 'ECS', user: 'nobody' });
    expect(traces.map((trace) => trace.trace_id)).toEqual([old]);
    expect(await listTraces({ trace_id: 'no-such-trace' })).toEqual({ traces: [], meta_data: { count: 0, marker: null } });
  });

  it('lists the data traces of one data tracker by tracker_name (L1602)', async () => {
    const from = Date.now() - 7 * DAY + HOUR;
    for (const [tracker, bucket] of [
      [FINANCE_TRACKER_NAME, FINANCE_BUCKET],
      [ASSETS_TRACKER_NAME, ASSETS_BUCKET],
    ] as const) {
      const { traces } = await listTraces({ trace_type: 'data', tracker_name: tracker, from, limit: 200 });
      expect(traces.length).toBeGreaterThan(0);
      for (const trace of traces) {
        expect(DATA_TYPES).toContain(trace.trace_type);
        expect(trace.resource_id?.startsWith(`${bucket}/`)).toBe(true);
      }
    }
    const all = await listTraces({ trace_type: 'data', from, limit: 200 });
    const buckets = new Set(all.traces.map((trace) => trace.resource_id?.split('/')[0]));
    expect(buckets).toEqual(new Set([FINANCE_BUCKET, ASSETS_BUCKET]));
  });

  it('ignores management-only filters for data traces (L1605–1615, choice 17)', async () => {
    const from = Date.now() - 7 * DAY + HOUR;
    const plain = await listTraces({ trace_type: 'data', tracker_name: FINANCE_TRACKER_NAME, from, limit: 50 });
    const filtered = await listTraces({
      trace_type: 'data',
      tracker_name: FINANCE_TRACKER_NAME,
      from,
      limit: 50,
      service_type: 'ECS',
      trace_rating: 'not-a-rating',
      trace_id: 'x',
      user: 'nobody',
    });
    expect(filtered).toEqual(plain);
  });

  it('serves the SDK: from/to as millisecond numbers, Content-Type on GET, AK/SK auth (spec-notes §3)', async () => {
    injectProbeTraces('sdk-probe', [MINUTE]);
    const to = Date.now() + MINUTE;
    const res = await requestTraces({ trace_type: 'system', from: to - HOUR, to, resource_name: 'sdk-probe' }, SDK_HEADERS);
    expect(res.status).toBe(200);
    expect(res.headers.get('X-Request-Id')).toBeTruthy();
    expect(((await res.json()) as { meta_data: { count: number } }).meta_data.count).toBe(1);
  });

  it('is refused by the gateway without credentials (401 APIGW.0301)', async () => {
    const res = await requestTraces({}, { 'Content-Type': 'application/json' });
    expect(res.status).toBe(401);
    expect(((await res.json()) as ErrorBodyJson).error_code).toBe('APIGW.0301');
  });
});

describe('listOperations', () => {
  async function operations(query = ''): Promise<ListOperationsResponse['operations']> {
    const res = await ctsRequest(`${PROJECT_URL}/operations${query}`, 'GET', undefined, SDK_HEADERS);
    expect(res.status).toBe(200);
    return ((await res.json()) as ListOperationsResponse).operations;
  }

  it('lists every service/resource type of the catalog with its operation names (L2800–2807)', async () => {
    const all = await operations();
    expect(all).toContainEqual({
      service_type: 'CTS',
      resource_type: 'notification',
      operation_list: expect.arrayContaining(['createNotification', 'updateNotification', 'deleteNotification']),
    });
    expect(new Set(all.map((operation) => operation.service_type))).toEqual(new Set(['AOM', 'CSBS', 'CTS', 'ECS', 'IMS', 'ModelArts', 'VPC']));
    for (const operation of all) {
      expect(operation.operation_list.length).toBeGreaterThan(0);
    }
  });

  it('filters by service_type, and by resource_type within it (L2784–2787)', async () => {
    const cts = await operations('?service_type=CTS');
    expect(cts.map((operation) => operation.resource_type).sort()).toEqual(['notification', 'tracker']);
    const tracker = await operations('?service_type=CTS&resource_type=tracker');
    expect(tracker).toEqual([
      { service_type: 'CTS', resource_type: 'tracker', operation_list: expect.arrayContaining(['createTracker', 'updateTracker', 'deleteTracker']) },
    ]);
    expect(await operations('?service_type=cts')).toEqual([]);
    expect(await operations('?service_type=NOPE')).toEqual([]);
  });

  it('refuses resource_type without service_type (L2787) with CTS.0300', async () => {
    const res = await ctsRequest(`${PROJECT_URL}/operations?resource_type=tracker`, 'GET');
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBodyJson).error_code).toBe('CTS.0300');
  });
});

describe('listUserResources', () => {
  it('lists the distinct users who operated in the last 30 days (L2928–2933)', async () => {
    const now = Date.now();
    withTraces(
      [
        { time: now - MINUTE, user: { name: 'recent.operator' } },
        { time: now - 31 * DAY, user: { name: 'departed.operator' } },
      ],
      now,
    );
    const res = await ctsRequest(`${PROJECT_URL}/user-resources`, 'GET', undefined, SDK_HEADERS);
    expect(res.status).toBe(200);
    const { users } = (await res.json()) as ListUserResourcesResponse;
    const names = users.map((user) => user.name);
    expect(names).toContain('recent.operator');
    expect(names).not.toContain('departed.operator');
    expect(new Set(names).size).toBe(names.length);
    for (const user of users) {
      expect(Object.keys(user)).toEqual(['name']);
    }
  });
});

describe('listTraceResources', () => {
  it('lists per service the resource types that occur in the traces, CTS always (L3215–3221, choice 36)', async () => {
    withTraces([{ service_type: 'DEMO', resource_type: 'widget', time: Date.now() - MINUTE }]);
    const res = await ctsRequest(`${DOMAIN_URL}/resources`, 'GET', undefined, TOKEN_HEADERS);
    expect(res.status).toBe(200);
    const { resources } = (await res.json()) as ListTraceResourcesResponse;
    expect(resources).toContainEqual({ service_type: 'CTS', resource: expect.arrayContaining(['trace', 'notification', 'tracker']) });
    expect(resources).toContainEqual({ service_type: 'DEMO', resource: ['widget'] });
    const services = resources.map((item) => item.service_type);
    expect(services).toEqual([...services].sort());
  });
});
