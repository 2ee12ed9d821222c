import { describe, expect, it } from 'vitest';
import type { Trace } from '@/api/contract/types';
import { changeKindOf, findPreviousSetting, happenedBefore, isPreviousSetting, resourceHistoryQuery } from '@/api/trace-history';
import { storedTrace, withTraces } from '@/mocks/testing/scenarios';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

function trace(overrides: Partial<Trace>): Trace {
  return {
    trace_id: 'current',
    trace_name: 'updateTracker',
    trace_rating: 'normal',
    trace_type: 'ApiCall',
    service_type: 'CTS',
    resource_type: 'tracker',
    resource_id: 'tracker-1',
    time: 1_000_000,
    record_time: 1_000_010,
    code: '200',
    ...overrides,
  };
}

describe('changeKindOf', () => {
  it('reads create, update and delete from the trace name', () => {
    expect(changeKindOf('createTracker')).toBe('create');
    expect(changeKindOf('updateNotification')).toBe('update');
    expect(changeKindOf('modifyServer')).toBe('update');
    expect(changeKindOf('deleteTracker')).toBe('delete');
    expect(changeKindOf('removeMember')).toBe('delete');
    expect(changeKindOf('rebootServer')).toBeNull();
  });
});

describe('isPreviousSetting', () => {
  const current = trace({});

  it('takes an earlier, successful create or update of the same resource', () => {
    expect(isPreviousSetting(trace({ trace_id: 'a', trace_name: 'createTracker', time: 900_000 }), current)).toBe(true);
    expect(isPreviousSetting(trace({ trace_id: 'b', trace_name: 'updateTracker', time: 999_999 }), current)).toBe(true);
  });

  it('skips the trace itself, later traces, failures, other verbs and other resources', () => {
    expect(isPreviousSetting(current, current)).toBe(false);
    expect(isPreviousSetting(trace({ trace_id: 'c', time: 1_000_001 }), current)).toBe(false);
    expect(isPreviousSetting(trace({ trace_id: 'd', time: 900_000, code: '400' }), current)).toBe(false);
    expect(isPreviousSetting(trace({ trace_id: 'e', time: 900_000, trace_name: 'deleteTracker' }), current)).toBe(false);
    expect(isPreviousSetting(trace({ trace_id: 'f', time: 900_000, resource_id: 'tracker-2' }), current)).toBe(false);
    expect(isPreviousSetting(trace({ trace_id: 'g', time: 900_000, resource_type: 'notification' }), current)).toBe(false);
  });

  it('orders traces of the same millisecond by record time, then ID', () => {
    expect(happenedBefore(trace({ trace_id: 'z', record_time: 1_000_005 }), current)).toBe(true);
    expect(happenedBefore(trace({ trace_id: 'a', record_time: 1_000_020 }), current)).toBe(false);
    expect(happenedBefore(trace({ trace_id: 'a' }), current)).toBe(true);
  });
});

describe('resourceHistoryQuery', () => {
  it("asks for the resource's traces from the oldest kept instant to just after the trace", () => {
    const now = 10 * DAY;
    expect(resourceHistoryQuery(trace({ time: now - MINUTE }), now)).toEqual({
      trace_type: 'system',
      resource_id: 'tracker-1',
      service_type: 'CTS',
      resource_type: 'tracker',
      from: now - 7 * DAY,
      to: now - MINUTE + 1,
      limit: 200,
    });
  });

  it('has nothing to ask without a resource ID or outside the window', () => {
    expect(resourceHistoryQuery(trace({ resource_id: undefined }), 10 * DAY)).toBeNull();
    expect(resourceHistoryQuery(trace({ time: 2 * DAY }), 10 * DAY)).toBeNull();
  });
});

describe('findPreviousSetting (against the mock)', () => {
  function inject(traces: Partial<Trace>[]): void {
    withTraces(traces.map((item) => ({ service_type: 'CTS', resource_type: 'tracker', resource_id: 'probe-tracker', trace_type: 'ApiCall', ...item })));
  }

  it('pages back past unrelated and failed traces to the last successful setting', async () => {
    const now = Date.now();
    inject([
      { trace_id: 'probe-create', trace_name: 'createTracker', time: now - 3 * DAY, request: '{"a":1}', code: '201' },
      { trace_id: 'probe-failed', trace_name: 'updateTracker', time: now - 2 * DAY, request: '{"a":9}', code: '400' },
      ...Array.from({ length: 230 }, (_, i) => ({ trace_id: `probe-read-${i}`, trace_name: 'listTrackers', time: now - DAY - i * MINUTE })),
      { trace_id: 'probe-update', trace_name: 'updateTracker', time: now - 60 * MINUTE, request: '{"a":2}' },
      { trace_id: 'probe-later', trace_name: 'updateTracker', time: now - 10 * MINUTE, request: '{"a":3}' },
    ]);
    const update = storedTrace('probe-update') as Trace;
    expect((await findPreviousSetting(update, now))?.trace_id).toBe('probe-create');
    expect((await findPreviousSetting(storedTrace('probe-later') as Trace, now))?.trace_id).toBe('probe-update');
  });

  it('finds nothing when no earlier setting is in the 7-day window', async () => {
    const now = Date.now();
    inject([{ trace_id: 'probe-lone', trace_name: 'updateTracker', time: now - MINUTE }]);
    expect(await findPreviousSetting(storedTrace('probe-lone') as Trace, now)).toBeNull();
  });
});
