import { describe, expect, it } from 'vitest';
import { catalog } from '@/api/catalog/catalog';
import type { Trace } from '@/api/contract/types';
import { HOSTILE_ARABIC, HOSTILE_FORMULA, HOSTILE_LONG, HOSTILE_SCRIPT } from '@/mocks/db/hostile-text';
import { DEMO_IDENTITIES } from '@/mocks/db/identities';
import { DELETION_BURST, NOTIFICATION_DELETED, TRACKER_DISABLED } from '@/mocks/db/planted-stories';
import { TraceStoreError } from '@/mocks/db/trace-extras';
import { materialiseTrace } from '@/mocks/db/trace-generator';
import type { TraceStoreQuery } from '@/mocks/db/trace-query';
import type { TraceStore } from '@/mocks/db/trace-store';
import { createTraceStore } from '@/mocks/db/trace-store';
import { DAY_MS, HOUR_MS, TRACE_WINDOW_MS } from '@/mocks/db/trace-time';

/** The IAM users of the demo account (root account excluded). */
const DEMO_USERS = DEMO_IDENTITIES.filter((identity) => identity.type === 'User' && !identity.isRoot).map((identity) => identity.name);

/** The value, failing the test when it is missing. */
function must<T>(value: T | null | undefined): T {
  if (value === undefined || value === null) {
    throw new Error('expected a value');
  }
  return value;
}

const NOW = Date.UTC(2026, 10, 23, 6, 0, 0);
const WEEK = { from: NOW - TRACE_WINDOW_MS, to: NOW + 1 };
const DATA_TRACKERS = [
  { tracker_name: 'finance-objects', bucket_name: 'acme-finance' },
  { tracker_name: 'assets-objects', bucket_name: 'acme-assets' },
];

function newStore(): TraceStore {
  return createTraceStore({ seed: 11, volume: 4_000, anchor: NOW, clock: () => NOW, catalog, dataTrackers: DATA_TRACKERS });
}

function system(query: Partial<TraceStoreQuery> = {}): TraceStoreQuery {
  return { trace_type: 'system', ...WEEK, limit: 200, ...query };
}

/** Every trace of the store with its tracker: the oracle the queries are checked against. */
function everything(store: TraceStore): { trace: Trace; tracker: string }[] {
  const { index } = store;
  const generated = Array.from({ length: index.size }, (_, i) => ({
    trace: materialiseTrace(index, i),
    tracker: index.world.trackers[index.tracker[i] ?? 0] ?? '',
  }));
  const extra = store.extra().map(({ tracker_name: tracker, ...trace }) => ({ trace, tracker: tracker ?? 'system' }));
  return [...generated, ...extra].sort((a, b) =>
    a.trace.time !== b.trace.time ? b.trace.time - a.trace.time : a.trace.trace_id < b.trace.trace_id ? 1 : -1,
  );
}

/** Pages through a query with next/marker; returns every trace seen, and the page sizes. */
function pageThrough(store: TraceStore, query: TraceStoreQuery): { ids: string[]; pages: number[] } {
  const ids: string[] = [];
  const pages: number[] = [];
  let next: string | undefined;
  for (let guard = 0; guard < 1_000; guard += 1) {
    const result = store.query({ ...query, next });
    expect(result.meta_data.count).toBe(result.traces.length);
    ids.push(...result.traces.map((trace) => trace.trace_id));
    pages.push(result.traces.length);
    if (result.meta_data.marker === null) {
      return { ids, pages };
    }
    expect(result.meta_data.marker).toBe(result.traces.at(-1)?.trace_id);
    next = result.meta_data.marker;
  }
  throw new Error('paging did not end');
}

describe('trace store queries', () => {
  const store = newStore();
  const all = everything(store);
  const managementIds = (filter: (trace: Trace) => boolean) =>
    all.filter(({ trace, tracker }) => tracker === 'system' && filter(trace)).map(({ trace }) => trace.trace_id);

  it('pages through every matching trace once, newest first, ending with a null marker', () => {
    const expected = managementIds((trace) => trace.service_type === 'ECS');
    expect(expected.length).toBeGreaterThan(300);
    const { ids, pages } = pageThrough(store, system({ service_type: 'ECS', limit: 50 }));
    expect(ids).toEqual(expected);
    expect(pages.slice(0, -1).every((size) => size === 50)).toBe(true);
  });

  it('answers null marker on an exactly full last page', () => {
    const expected = managementIds((trace) => trace.service_type === 'IMS' && trace.trace_rating === 'warning');
    expect(expected.length).toBeGreaterThan(1);
    const single = store.query(system({ service_type: 'IMS', trace_rating: 'warning', limit: expected.length }));
    expect(single.traces.map((trace) => trace.trace_id)).toEqual(expected);
    expect(single.meta_data).toEqual({ count: expected.length, marker: null });
    const short = store.query(system({ service_type: 'IMS', trace_rating: 'warning', limit: expected.length - 1 }));
    expect(short.meta_data.marker).toBe(expected.at(-2));
    const divisor = [2, 3, 5, 7].find((d) => expected.length % d === 0);
    if (divisor) {
      const { ids, pages } = pageThrough(store, system({ service_type: 'IMS', trace_rating: 'warning', limit: expected.length / divisor }));
      expect(ids).toEqual(expected);
      expect(pages).toHaveLength(divisor);
    }
  });

  it('treats from and to as exclusive bounds, also at exact trace times', () => {
    const some = must(all.find(({ tracker }, i) => tracker === 'system' && i > 100)).trace;
    const onlyIt = (query: Partial<TraceStoreQuery>) =>
      store.query(system({ ...query, trace_id: undefined, resource_id: some.resource_id, trace_name: some.trace_name })).traces.filter((t) => t.trace_id === some.trace_id);
    expect(onlyIt({ from: some.time - 1, to: some.time + 1 })).toHaveLength(1);
    expect(onlyIt({ from: some.time, to: some.time + 1 })).toHaveLength(0);
    expect(onlyIt({ from: some.time - 1, to: some.time })).toHaveLength(0);
  });

  it('defaults to the given window only: last hour', () => {
    const result = store.query(system({ from: NOW - HOUR_MS, to: NOW, limit: 200 }));
    expect(result.traces.length).toBeGreaterThan(20);
    expect(result.traces.every((trace) => trace.time > NOW - HOUR_MS && trace.time < NOW)).toBe(true);
  });

  it('continues strictly after the marker and rejects an unknown marker', () => {
    const first = store.query(system({ limit: 5 }));
    const marker = must(first.meta_data.marker);
    const second = store.query(system({ limit: 5, next: marker }));
    const expected = managementIds(() => true);
    expect(second.traces.map((trace) => trace.trace_id)).toEqual(expected.slice(5, 10));
    expect(() => store.query(system({ next: 'e001ccb8-bc09-11e6-b2cc-2640a43cc6e8' }))).toThrow(TraceStoreError);
    try {
      store.query(system({ next: 'nope' }));
    } catch (error) {
      expect(error instanceof TraceStoreError && error.reason).toBe('unknown_marker');
    }
  });

  it('lets trace_id override every other criterion, the window included; unknown → empty', () => {
    const old = must(all.filter(({ tracker }) => tracker === 'system').at(-1)).trace;
    const result = store.query(system({ trace_id: old.trace_id, from: NOW - HOUR_MS, to: NOW, service_type: 'NOPE', user: 'nobody' }));
    expect(result).toEqual({ traces: [old], meta_data: { count: 1, marker: null } });
    expect(store.query(system({ trace_id: 'e001ccb8-bc09-11e6-b2cc-2640a43cc6e8' }))).toEqual({ traces: [], meta_data: { count: 0, marker: null } });
    const dataQuery = store.query({ trace_type: 'data', ...WEEK, limit: 3, trace_id: old.trace_id });
    expect(dataQuery.traces.map((trace) => trace.trace_type).every((type) => type === 'ObsSDK' || type === 'ObsAPI')).toBe(true);
    expect(dataQuery.traces).toHaveLength(3);
  });

  it('matches user, resource, trace name, rating, access key and enterprise project exactly', () => {
    const sample = must(all.filter(({ tracker }) => tracker === 'system')[123]).trace;
    const cases: [Partial<TraceStoreQuery>, (trace: Trace) => boolean][] = [
      [{ user: sample.user?.name }, (t) => t.user?.name === sample.user?.name],
      [{ resource_name: sample.resource_name }, (t) => t.resource_name === sample.resource_name],
      [{ resource_id: sample.resource_id }, (t) => t.resource_id === sample.resource_id],
      [{ resource_type: sample.resource_type, trace_name: sample.trace_name }, (t) => t.resource_type === sample.resource_type && t.trace_name === sample.trace_name],
      [{ trace_rating: 'incident' }, (t) => t.trace_rating === 'incident'],
      [{ access_key_id: sample.user?.access_key_id }, (t) => t.user?.access_key_id === sample.user?.access_key_id],
      [{ enterprise_project_id: sample.enterprise_project_id }, (t) => t.enterprise_project_id === sample.enterprise_project_id],
    ];
    for (const [query, filter] of cases) {
      const expected = managementIds(filter);
      expect(expected.length).toBeGreaterThan(0);
      expect(pageThrough(store, system({ ...query, limit: 200 })).ids).toEqual(expected);
    }
    // Case-sensitive: upper-cased names match nothing.
    expect(store.query(system({ trace_name: sample.trace_name.toUpperCase() })).traces).toHaveLength(0);
    expect(store.query(system({ service_type: 'ecs' })).traces).toHaveLength(0);
  });

  it('ignores management-only filters for data traces and filters them by tracker', () => {
    const dataOf = (tracker?: string) =>
      all.filter((entry) => entry.tracker !== 'system' && (tracker === undefined || entry.tracker === tracker)).map(({ trace }) => trace.trace_id);
    const ignored = { service_type: 'ECS', user: 'nobody', resource_name: 'x', resource_type: 'y', resource_id: 'z', trace_name: 'w', trace_rating: 'incident' as const };
    expect(pageThrough(store, { trace_type: 'data', ...WEEK, limit: 100, ...ignored }).ids).toEqual(dataOf());
    expect(pageThrough(store, { trace_type: 'data', ...WEEK, limit: 100, tracker_name: 'assets-objects' }).ids).toEqual(dataOf('assets-objects'));
    expect(store.query({ trace_type: 'data', ...WEEK, limit: 10, tracker_name: 'system' }).traces).toHaveLength(0);
    expect(store.query(system({ tracker_name: 'assets-objects' })).traces).toHaveLength(0);
    const sample = must(store.query({ trace_type: 'data', ...WEEK, limit: 1 }).traces[0]);
    const byKey = store.query({ trace_type: 'data', ...WEEK, limit: 200, access_key_id: sample.user?.access_key_id });
    expect(byKey.traces.length).toBeGreaterThan(0);
    expect(byKey.traces.every((trace) => trace.user?.access_key_id === sample.user?.access_key_id)).toBe(true);
  });

  it('returns hostile names verbatim through a resource_name query', () => {
    for (const name of [HOSTILE_SCRIPT, HOSTILE_FORMULA, HOSTILE_ARABIC, HOSTILE_LONG]) {
      const result = store.query(system({ resource_name: name }));
      expect(result.traces.length).toBeGreaterThan(0);
      expect(result.traces.every((trace) => trace.resource_name === name)).toBe(true);
    }
  });

  it('finds the planted stories by their filters', () => {
    const burst = store.query(system({ user: DELETION_BURST.user, from: NOW - 2 * DAY_MS, to: NOW - 20 * HOUR_MS }));
    const fromOdd = burst.traces.filter((trace) => trace.source_ip === DELETION_BURST.sourceIp);
    expect(fromOdd).toHaveLength(DELETION_BURST.deletionCount);
    const server = DELETION_BURST.servers[0];
    const story = store.query(system({ resource_id: server.id })).traces.map((trace) => trace.trace_name);
    expect(story).toEqual(['deleteServer', 'createServer']);
    const tracker = store.query(system({ service_type: 'CTS', resource_type: 'tracker', trace_name: 'updateTracker', resource_id: TRACKER_DISABLED.trackerId }));
    const statuses = tracker.traces.map((trace) => JSON.parse(trace.request ?? '{}') as { status?: string }).map((body) => body.status);
    // Only the story sets a status (background updates leave it alone): the re-enable, then the disable, newest first.
    expect(statuses.filter(Boolean)).toEqual(['enabled', 'disabled']);
    const notification = store.query(system({ resource_id: NOTIFICATION_DELETED.notification_id }));
    expect(notification.traces.map((trace) => [trace.trace_name, trace.user?.type])).toEqual([
      ['deleteNotification', 'AssumedAgency'],
      ['createNotification', 'User'],
    ]);
  });
});

describe('trace store extras', () => {
  it('adds traces verbatim, fills what is missing, and queries them with the generated ones', () => {
    const store = newStore();
    const anchor = must(store.query(system({ limit: 1, from: NOW - 2 * HOUR_MS, to: NOW - HOUR_MS })).traces[0]);
    const [hostileId, tieId, dataId] = store.add(
      [
        { service_type: 'ECS', resource_type: 'ecs', trace_name: 'deleteServer', resource_name: HOSTILE_SCRIPT, message: HOSTILE_FORMULA, code: '403', time: NOW - 10_000 },
        { service_type: 'CTS', resource_type: 'tracker', trace_name: 'updateTracker', time: anchor.time, trace_id: 'ffffffff-0000-1000-8000-000000000000' },
        { trace_type: 'ObsAPI', tracker_name: 'finance-objects', resource_name: 'a.csv', time: NOW - 5_000 },
      ],
      NOW,
    );
    expect(tieId).toBe('ffffffff-0000-1000-8000-000000000000');
    const hostile = must(store.get(must(hostileId)));
    expect(hostile).toMatchObject({ resource_name: HOSTILE_SCRIPT, message: HOSTILE_FORMULA, code: '403', trace_rating: 'warning', time: NOW - 10_000 });
    expect(hostile.user?.name).toBeDefined();
    expect(store.query(system({ resource_name: HOSTILE_SCRIPT, trace_rating: 'warning' })).traces.map((t) => t.trace_id)).toContain(hostileId);
    // Same time as a generated trace: the larger ID comes first (choice 14).
    const tie = store.query(system({ from: anchor.time - 1, to: anchor.time + 1 })).traces.map((t) => t.trace_id);
    expect(tie.indexOf(must(tieId))).toBeLessThan(tie.indexOf(anchor.trace_id));
    expect(store.query({ trace_type: 'data', ...WEEK, limit: 1, tracker_name: 'finance-objects' }).traces[0]?.trace_id).toBe(dataId);
    expect(store.query(system({ limit: 200, from: NOW - 20_000 })).traces.map((t) => t.trace_id)).not.toContain(dataId);
    // Paging still visits everything once.
    const expected = everything(store).filter(({ tracker }) => tracker === 'system').map(({ trace }) => trace.trace_id);
    expect(pageThrough(store, system({ limit: 137 })).ids).toEqual(expected);
    expect(() => store.add([{ trace_id: tieId }], NOW)).toThrow(TraceStoreError);
    expect(() => store.add([{ trace_id: anchor.trace_id }], NOW)).toThrow(TraceStoreError);
  });

  it('defaults time to now and persists only the extras, restorable into a fresh store', () => {
    const store = newStore();
    const [id] = store.add([{ service_type: 'CTS', resource_type: 'tracker', trace_name: 'createTracker' }], NOW + 1_000);
    store.recordCtsOperation({ trace_name: 'deleteNotification', resource_type: 'notification', resource_id: 'n-1', request: { notification_id: 'n-1' }, code: 204 }, NOW + 2_000);
    store.add([{ trace_type: 'ObsSDK', tracker_name: 'assets-objects', time: NOW - 1 }], NOW);
    expect(store.get(must(id))?.time).toBe(NOW + 1_000);
    const saved = JSON.parse(JSON.stringify(store.extra())) as ReturnType<TraceStore['extra']>;
    expect(saved).toHaveLength(3);
    const restored = newStore();
    restored.restoreExtra(saved);
    expect(restored.extra()).toEqual(store.extra());
    const recorded = must(restored.query(system({ to: NOW + 3_000, service_type: 'CTS', trace_name: 'deleteNotification', limit: 1 })).traces[0]);
    expect(recorded).toMatchObject({ resource_id: 'n-1', request: '{"notification_id":"n-1"}', code: '204' });
    expect(restored.query({ trace_type: 'data', ...WEEK, limit: 1, tracker_name: 'assets-objects' }).traces[0]?.time).toBe(NOW - 1);
  });
});

describe('trace store listings', () => {
  const store = newStore();

  it('lists the users who operated since a time', () => {
    const users = store.users(NOW - 30 * DAY_MS);
    for (const user of DEMO_USERS) {
      expect(users).toContain(user);
    }
    expect(store.users(NOW)).toEqual([]);
    store.add([{ user: { name: 'visitor' }, time: NOW + 5 }], NOW);
    expect(store.users(NOW)).toEqual(['visitor']);
  });

  it('lists service → resource types that occur, CTS with trace, notification and tracker', () => {
    const resources = store.resources();
    expect(resources.find((r) => r.service_type === 'CTS')?.resource).toEqual(expect.arrayContaining(['trace', 'notification', 'tracker']));
    expect(resources.find((r) => r.service_type === 'ECS')?.resource).toContain('ecs');
    expect(resources.some((r) => r.service_type === 'OBS')).toBe(false);
  });

  it('draws the codes of generated traces only as far as queries reach, with the same answers', () => {
    const lazy = newStore();
    const firstPage = lazy.query(system({ from: NOW - HOUR_MS, to: NOW + 1, limit: 10 }));
    expect(firstPage.traces).toHaveLength(10);
    expect(lazy.index.coded).toBeLessThan(lazy.index.size);
    const recentUsers = lazy.users(NOW - 6 * HOUR_MS);

    const eager = newStore();
    eager.index.codeUpTo(eager.index.size);
    expect(eager.query(system({ from: NOW - HOUR_MS, to: NOW + 1, limit: 10 }))).toEqual(firstPage);
    expect(eager.users(NOW - 6 * HOUR_MS)).toEqual(recentUsers);
    for (const query of [system({ trace_rating: 'incident' }), system({ service_type: 'ECS', user: must(DEMO_USERS[0]) })]) {
      expect(lazy.query(query)).toEqual(eager.query(query));
    }
    lazy.index.codeUpTo(lazy.index.size);
    for (const name of ['op', 'resource', 'identity', 'rating', 'traceType', 'status', 'accessKey', 'ep', 'latestByIdentity'] as const) {
      expect(Array.from(lazy.index[name])).toEqual(Array.from(eager.index[name]));
    }
  });
});
