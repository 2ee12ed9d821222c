import { describe, expect, it } from 'vitest';
import type { Trace } from '@/api/contract/types';
import { reconstructTimeline } from '@/features/insights/timeline/reconstruct';

let time = Date.UTC(2026, 11, 1);
const trace = (trace_name: string, request?: object, code = '200'): Trace => {
  time += 60_000;
  return {
    trace_id: `t-${time}`,
    trace_name,
    trace_rating: 'normal',
    trace_type: 'ConsoleAction',
    time,
    record_time: time,
    service_type: 'CTS',
    resource_type: 'tracker',
    resource_id: 'tracker-1',
    code,
    ...(request ? { request: JSON.stringify(request) } : {}),
  };
};

describe('resource timeline', () => {
  it('rebuilds the configuration from the create and update bodies, with what each step changed', () => {
    const created = trace('createTracker', { tracker_name: 'system', obs_info: { bucket_name: 'audit', file_prefix_name: 'a' } });
    const disabled = trace('updateTracker', { status: 'disabled' });
    const refused = trace('updateTracker', { status: 'enabled' }, '403');
    const listed = trace('listTrackers');
    const moved = trace('updateTracker', { status: 'enabled', obs_info: { bucket_name: 'elsewhere' } });
    const deleted = trace('deleteTracker');
    // CTS returns the newest first.
    const steps = reconstructTimeline([deleted, moved, listed, refused, disabled, created]);
    expect(steps.map((step) => [step.trace.trace_name, step.kind, step.failed])).toEqual([
      ['createTracker', 'create', false],
      ['updateTracker', 'update', false],
      ['updateTracker', 'update', true],
      ['listTrackers', 'other', false],
      ['updateTracker', 'update', false],
      ['deleteTracker', 'delete', false],
    ]);
    expect(steps[0]?.changes.map((change) => change.path)).toEqual(['tracker_name', 'obs_info']);
    expect(steps[1]?.changes).toEqual([{ path: 'status', kind: 'added', after: 'disabled' }]);
    expect(steps[2]?.changes).toEqual([]);
    expect(steps[3]?.changes).toEqual([]);
    expect(steps[4]?.changes).toEqual([
      { path: 'obs_info.bucket_name', kind: 'changed', before: 'audit', after: 'elsewhere' },
      { path: 'status', kind: 'changed', before: 'disabled', after: 'enabled' },
    ]);
    expect(steps[4]?.configuration).toEqual({ tracker_name: 'system', obs_info: { bucket_name: 'elsewhere', file_prefix_name: 'a' }, status: 'enabled' });
    expect(steps[5]?.configuration).toBeNull();
  });
});
