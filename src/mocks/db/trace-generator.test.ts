import { describe, expect, it } from 'vitest';
import { catalog } from '@/api/catalog/catalog';
import type { CatalogService } from '@/api/catalog/catalog-types';
import { HOSTILE_TEXTS } from '@/mocks/db/hostile-text';
import { DEMO_IDENTITIES } from '@/mocks/db/identities';
import { DELETION_BURST, NOTIFICATION_DELETED, TRACKER_DISABLED } from '@/mocks/db/planted-stories';
import { dataTraceCount, generateTraceIndex, materialiseTrace } from '@/mocks/db/trace-generator';
import type { TraceIndex } from '@/mocks/db/trace-index';
import { HOUR_MS, TRACE_WINDOW_MS, localHour } from '@/mocks/db/trace-time';

/** The value, failing the test when it is missing. */
function must<T>(value: T | null | undefined): T {
  if (value === undefined || value === null) {
    throw new Error('expected a value');
  }
  return value;
}

// 14:00 local time (UTC+8) on a Monday.
const NOW = Date.UTC(2026, 10, 23, 6, 0, 0);
const DATA_TRACKERS = [
  { tracker_name: 'finance-objects', bucket_name: 'acme-finance' },
  { tracker_name: 'assets-objects', bucket_name: 'acme-assets' },
];

function generate(seed: number, volume: number, now = NOW, services: readonly CatalogService[] = catalog): TraceIndex {
  return generateTraceIndex({ seed, volume, now, catalog: services, dataTrackers: DATA_TRACKERS });
}

function allTraces(index: TraceIndex) {
  return Array.from({ length: index.size }, (_, i) => materialiseTrace(index, i));
}

function withoutTimes(trace: ReturnType<typeof materialiseTrace>) {
  const { time: _time, record_time: _recordTime, user, ...rest } = trace;
  return { ...rest, user: { ...user, session_context: undefined } };
}

describe('generateTraceIndex', () => {
  const index = generate(7, 5_000);
  const traces = allTraces(index);
  const management = traces.filter((_, i) => index.tracker[i] === 0);

  it('generates the requested volume of management traces plus data traces per data tracker', () => {
    expect(management).toHaveLength(5_000);
    expect(index.size).toBe(5_000 + DATA_TRACKERS.length * dataTraceCount(5_000));
    expect(new Set(traces.map((trace) => trace.trace_id)).size).toBe(index.size);
  });

  it('is deterministic: same seed and volume give the same IDs and contents, only times follow now', () => {
    const again = allTraces(generate(7, 5_000));
    expect(again).toEqual(traces);
    const later = generate(7, 5_000, NOW + 5 * HOUR_MS + 123);
    const laterTraces = allTraces(later);
    const byId = new Map(laterTraces.map((trace) => [trace.trace_id, trace]));
    const sample = traces.filter((_, i) => i % 37 === 0 && must(index.ordinal[i]) >= index.planted.length);
    for (const trace of sample) {
      const moved = byId.get(trace.trace_id);
      expect(moved && withoutTimes(moved)).toEqual(withoutTimes(trace));
    }
    expect(laterTraces.map((trace) => trace.time)).not.toEqual(traces.map((trace) => trace.time));
  });

  it('differs with another seed', () => {
    const other = allTraces(generate(8, 5_000));
    const ids = new Set(traces.map((trace) => trace.trace_id));
    expect(other.filter((trace) => ids.has(trace.trace_id))).toHaveLength(0);
    expect(other.slice(0, 50).map((trace) => trace.trace_name)).not.toEqual(traces.slice(0, 50).map((trace) => trace.trace_name));
  });

  it('spreads traces over the last seven days, some in the last hour, denser in working hours', () => {
    for (const trace of traces) {
      expect(trace.time).toBeLessThan(NOW);
      expect(trace.time).toBeGreaterThan(NOW - TRACE_WINDOW_MS);
    }
    const volume10k = generate(3, 10_000);
    let lastHour = 0;
    for (let i = 0; i < volume10k.size; i += 1) {
      if (volume10k.tracker[i] === 0 && must(volume10k.time[i]) > NOW - HOUR_MS) {
        lastHour += 1;
      }
    }
    expect(lastHour).toBeGreaterThanOrEqual(60);
    const working = management.filter((trace) => localHour(trace.time) >= 9 && localHour(trace.time) < 18).length;
    const night = management.filter((trace) => localHour(trace.time) < 6).length;
    // 9 working hours against 6 night hours: far more than the 3:2 ratio of their lengths.
    expect(working).toBeGreaterThan(night * 5);
  });

  it('is sorted newest first with record_time ≥ time and strictly increasing along the order', () => {
    for (let i = 1; i < traces.length; i += 1) {
      const newer = must(traces[i - 1]);
      const older = must(traces[i]);
      expect(newer.time > older.time || (newer.time === older.time && newer.trace_id > older.trace_id)).toBe(true);
      expect(newer.record_time).toBeGreaterThan(older.record_time);
    }
    for (const trace of traces) {
      expect(trace.record_time).toBeGreaterThanOrEqual(trace.time);
    }
  });

  it('emits the reference field types: strings for code/request/response/root flag, rating consistent with code', () => {
    for (const trace of traces) {
      expect(trace.code).toMatch(/^[1-5]\d\d$/);
      const status = Number(trace.code);
      expect(trace.trace_rating).toBe(status >= 500 ? 'incident' : status >= 400 ? 'warning' : 'normal');
      if (trace.request !== undefined) {
        expect(() => JSON.parse(must(trace.request))).not.toThrow();
      }
      if (trace.response !== undefined) {
        expect(() => JSON.parse(must(trace.response))).not.toThrow();
      }
      expect(trace.user?.principal_is_root_user).toMatch(/^(true|false)$/);
      expect(trace.trace_name).toMatch(/^[A-Za-z][A-Za-z0-9._-]{0,63}$/);
      expect(trace.trace_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-1[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    const types = new Set(management.map((trace) => trace.trace_type));
    expect([...types].sort()).toEqual(['ApiCall', 'ConsoleAction', 'SystemAction']);
    const dataTypes = new Set(traces.filter((_, i) => index.tracker[i] !== 0).map((trace) => trace.trace_type));
    expect([...dataTypes].sort()).toEqual(['ObsAPI', 'ObsSDK']);
    const ratings = management.map((trace) => trace.trace_rating);
    const share = (rating: string) => ratings.filter((r) => r === rating).length / ratings.length;
    expect(share('normal')).toBeGreaterThan(0.85);
    expect(share('warning')).toBeGreaterThan(0.02);
    expect(share('incident')).toBeGreaterThan(0.002);
    expect(share('incident')).toBeLessThan(share('warning'));
    expect(management.filter((trace) => trace.enterprise_project_id === '0').length / management.length).toBeGreaterThan(0.6);
  });

  it('uses only catalog operations for background traces and makes resources recur with their story', () => {
    const byResource = new Map<string, string[]>();
    for (const trace of [...management].reverse()) {
      byResource.set(trace.resource_id ?? '', [...(byResource.get(trace.resource_id ?? '') ?? []), trace.trace_name]);
    }
    const recurring = [...byResource.values()].filter((names) => names.length >= 5);
    expect(recurring.length).toBeGreaterThan(50);
    // A resource created in the window is created before anything else happens to it, and
    // nothing happens to it after its deletion.
    const told = [...byResource.values()].filter((names) => /^create/.test(names[0] ?? '') && names.some((n) => /^delete/.test(n)));
    expect(told.length).toBeGreaterThan(0);
    const known = new Set(catalog.flatMap((s) => s.resource_types.flatMap((rt) => rt.traces.map((t) => `${s.service_type}/${rt.resource_type}/${t.trace_name}`))));
    const unknown = management.filter((trace) => !known.has(`${trace.service_type}/${trace.resource_type}/${trace.trace_name}`));
    expect(unknown).toHaveLength(0);
  });

  it('generates from the catalog it is given', () => {
    const fixture: CatalogService[] = [
      {
        service_type: 'DEMO',
        name: 'Demo',
        source: 'test',
        resource_types: [{ resource_type: 'widget', traces: [{ trace_name: 'createWidget', operations: [] }, { trace_name: 'tuneWidget', operations: [] }] }],
      },
    ];
    const small = allTraces(generate(1, 150, NOW, fixture)).filter((trace) => trace.service_type !== 'OBS');
    expect(small).toHaveLength(150);
    expect(new Set(small.map((trace) => trace.trace_name))).toEqual(new Set(['createWidget', 'tuneWidget']));
  });

  it('stores hostile names and messages verbatim', () => {
    const names = new Set(management.map((trace) => trace.resource_name));
    for (const text of HOSTILE_TEXTS) {
      expect(names.has(text)).toBe(true);
    }
    expect(HOSTILE_TEXTS.some((text) => text.length === 256)).toBe(true);
    expect(management.some((trace) => trace.message !== undefined && HOSTILE_TEXTS.includes(trace.message))).toBe(true);
  });

  it('plants the three stories', () => {
    const burst = management.filter((trace) => trace.user?.name === DELETION_BURST.user && trace.source_ip === DELETION_BURST.sourceIp);
    expect(burst).toHaveLength(DELETION_BURST.deletionCount);
    expect(burst.every((trace) => /^delete/.test(trace.trace_name))).toBe(true);
    expect(burst.every((trace) => localHour(trace.time) === 2)).toBe(true);
    expect(burst.map((trace) => trace.trace_rating).sort()).toEqual(['incident', 'normal', 'normal', 'normal', 'normal', 'normal', 'normal', 'warning']);
    const ages = burst.map((trace) => NOW - trace.time);
    expect(Math.min(...ages)).toBeGreaterThan(20 * HOUR_MS);
    expect(Math.max(...ages)).toBeLessThan(48 * HOUR_MS);

    const trackerUpdates = management.filter((trace) => trace.trace_name === 'updateTracker' && trace.resource_id === TRACKER_DISABLED.trackerId && trace.request?.includes('"status":"disabled"'));
    expect(trackerUpdates.map((trace) => trace.user?.name)).toContain(TRACKER_DISABLED.disabledBy);

    const deleted = management.filter((trace) => trace.trace_name === 'deleteNotification' && trace.resource_id === NOTIFICATION_DELETED.notification_id);
    expect(deleted).toHaveLength(1);
    expect(deleted[0]?.user?.type).toBe('AssumedAgency');
    expect(deleted[0]?.user?.name).toBe(NOTIFICATION_DELETED.deletedBy);
    expect(DEMO_IDENTITIES.some((identity) => identity.name === NOTIFICATION_DELETED.deletedBy)).toBe(true);
  });
});
