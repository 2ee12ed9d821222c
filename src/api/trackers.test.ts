import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/errors';
import { deleteTracker, deleteTrackers, listTrackers, statusUpdateBody } from '@/api/trackers';
import { storedTracker } from '@/mocks/testing/scenarios';

describe('tracker calls', () => {
  it('never sends a DELETE without a tracker name', async () => {
    await expect(deleteTracker('')).rejects.toThrow('A tracker name is required');
    expect((await listTrackers({ tracker_type: 'data' })).length).toBe(2);
  });

  it('deletes several trackers one call each and reports each outcome', async () => {
    const outcomes = await deleteTrackers(['finance-reads', 'no-such-tracker', 'web-assets-writes']);
    expect(outcomes.map((outcome) => [outcome.trackerName, outcome.ok])).toEqual([
      ['finance-reads', true],
      ['no-such-tracker', false],
      ['web-assets-writes', true],
    ]);
    const failure = outcomes[1];
    expect(failure && !failure.ok && failure.error instanceof ApiError && failure.error.code).toBe('CTS.0214');
    expect(storedTracker('finance-reads')).toBeUndefined();
    expect(storedTracker('system')).toBeDefined();
  });

  it('sets the status of a data tracker with its bucket and events, of the management tracker without', async () => {
    const [system, finance] = await listTrackers();
    expect(system && statusUpdateBody(system, 'disabled')).toEqual({ tracker_type: 'system', tracker_name: 'system', status: 'disabled' });
    expect(finance && statusUpdateBody(finance, 'disabled')).toEqual({
      tracker_type: 'data',
      tracker_name: 'finance-reads',
      status: 'disabled',
      data_bucket: { data_bucket_name: 'finance-reports-2026', data_event: ['READ'] },
    });
  });
});
