import { describe, expect, it } from 'vitest';
import type { Quota, Tracker } from '@/api/contract/types';
import {
  ASSETS_TRACKER_NAME,
  FINANCE_BUCKET,
  FINANCE_TRACKER_NAME,
  SYSTEM_TRACKER_ID,
} from '@/mocks/db/seed-world';
import { mockDb } from '@/mocks/node';
import {
  ctsFetch,
  dataTrackerBody,
  deleteTrackers,
  expectCtsError,
  listTrackers,
  listTrackerTraces,
  postTracker,
  PROJECT_PATH,
  SDK_HEADERS,
} from '@/mocks/testing/cts-client';
import { storedTracker, withTags } from '@/mocks/testing/scenarios';

async function quotas(): Promise<Quota[]> {
  const response = await ctsFetch(`${PROJECT_PATH}/quotas`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { resources: Quota[] }).resources;
}

const names = (trackers: Tracker[]) => trackers.map((tracker) => tracker.tracker_name);

describe('listTrackers', () => {
  it('lists the management tracker first, then data trackers oldest first, with their events', async () => {
    expect((await postTracker(dataTrackerBody())).status).toBe(201);
    const trackers = await listTrackers();
    expect(names(trackers)).toEqual(['system', FINANCE_TRACKER_NAME, ASSETS_TRACKER_NAME, 'ml-reads']);
    expect(trackers.find((tracker) => tracker.tracker_name === FINANCE_TRACKER_NAME)?.data_bucket).toEqual({
      data_bucket_name: FINANCE_BUCKET,
      data_event: ['READ'],
      search_enabled: true,
    });
    expect(trackers[0]?.group_id).toBeTruthy();
  });

  it('filters by name and type; an unknown name is an empty list, not a 404', async () => {
    expect(names(await listTrackers('?tracker_type=data'))).toEqual([FINANCE_TRACKER_NAME, ASSETS_TRACKER_NAME]);
    expect(names(await listTrackers('?tracker_type=system'))).toEqual(['system']);
    expect(names(await listTrackers(`?tracker_name=${FINANCE_TRACKER_NAME}`))).toEqual([FINANCE_TRACKER_NAME]);
    expect(names(await listTrackers(`?tracker_name=${FINANCE_TRACKER_NAME}&tracker_type=system`))).toEqual([]);
    expect(await listTrackers('?tracker_name=nobody')).toEqual([]);
  });

  it('CTS.0202 for an unknown tracker_type', async () => {
    await expectCtsError(await ctsFetch(`${PROJECT_PATH}/trackers?tracker_type=org`), 'CTS.0202');
  });

  it('serves the SDK: AK/SK signature and Content-Type on a GET without body', async () => {
    const response = await ctsFetch(`${PROJECT_PATH}/trackers`, { headers: SDK_HEADERS });
    expect(response.status).toBe(200);
    expect(response.headers.get('X-Request-Id')).toBeTruthy();
    expect(names(((await response.json()) as { trackers: Tracker[] }).trackers)).toContain('system');
  });

  it('answers 401 without credentials (the gateway)', async () => {
    const response = await ctsFetch(`${PROJECT_PATH}/trackers`, { headers: { 'Content-Type': 'application/json' } });
    await expectCtsError(response, 'APIGW.0301');
  });
});

describe('deleteTracker', () => {
  it('deletes one data tracker: 204, gone from the list, its events and tags gone, a trace recorded', async () => {
    const finance = storedTracker(FINANCE_TRACKER_NAME) as Tracker;
    withTags(finance.id, [{ key: 'team', value: 'finance' }]);
    const response = await ctsFetch(`${PROJECT_PATH}/trackers?tracker_name=${FINANCE_TRACKER_NAME}&tracker_type=data`, {
      method: 'DELETE',
      headers: SDK_HEADERS,
    });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(names(await listTrackers())).toEqual(['system', ASSETS_TRACKER_NAME]);
    expect(mockDb.trackers.has(FINANCE_TRACKER_NAME)).toBe(false);
    expect(mockDb.tags.has(finance.id)).toBe(false);
    const [trace] = await listTrackerTraces('deleteTracker');
    expect(trace).toMatchObject({ resource_id: finance.id, resource_name: FINANCE_TRACKER_NAME, code: '204' });
    // Its bucket and events are free again.
    expect((await postTracker(dataTrackerBody({ data_bucket: { data_bucket_name: FINANCE_BUCKET, data_event: ['READ'] } }))).status).toBe(201);
  });

  it('404 CTS.0214 for an unknown name, an empty name, and the management tracker (choice 25)', async () => {
    await expectCtsError(await deleteTrackers('?tracker_name=nobody'), 'CTS.0214');
    await expectCtsError(await deleteTrackers('?tracker_name='), 'CTS.0214');
    await expectCtsError(await deleteTrackers('?tracker_name=system'), 'CTS.0214');
    expect(names(await listTrackers())).toContain('system');
    expect(mockDb.tags.get(SYSTEM_TRACKER_ID)).toHaveLength(2);
  });

  it('400 CTS.0202 for tracker_type other than data', async () => {
    await expectCtsError(await deleteTrackers('?tracker_name=system&tracker_type=system'), 'CTS.0202');
    await expectCtsError(await deleteTrackers(`?tracker_name=${FINANCE_TRACKER_NAME}&tracker_type=DATA`), 'CTS.0202');
    expect(names(await listTrackers())).toContain(FINANCE_TRACKER_NAME);
  });

  it('without tracker_name deletes every data tracker and keeps the management tracker (L2552)', async () => {
    const response = await deleteTrackers('');
    expect(response.status).toBe(204);
    expect(names(await listTrackers())).toEqual(['system']);
    expect(await listTrackerTraces('deleteTracker')).toHaveLength(2);
    expect((await deleteTrackers('?tracker_type=data')).status).toBe(204);
  });
});

describe('listQuotas', () => {
  it('counts trackers from the store', async () => {
    expect(await quotas()).toEqual([
      { type: 'data_tracker', used: 2, quota: 100 },
      { type: 'system_tracker', used: 1, quota: 1 },
    ]);
    expect((await postTracker(dataTrackerBody())).status).toBe(201);
    expect((await deleteTrackers(`?tracker_name=${ASSETS_TRACKER_NAME}`)).status).toBe(204);
    expect((await postTracker(dataTrackerBody({ tracker_name: 'ml-writes', data_bucket: { data_bucket_name: 'hr-archive', data_event: ['WRITE'] } }))).status).toBe(201);
    expect(await quotas()).toEqual([
      { type: 'data_tracker', used: 3, quota: 100 },
      { type: 'system_tracker', used: 1, quota: 1 },
    ]);
  });
});
