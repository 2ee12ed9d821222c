import { describe, expect, it } from 'vitest';
import type { Tag, Tracker } from '@/api/contract/types';
import { FINANCE_TRACKER_NAME, SYSTEM_TRACKER_ID } from '@/mocks/db/seed-world';
import { mockDb } from '@/mocks/node';
import { ctsFetch, expectCtsError, listTags, PROJECT_PATH, SDK_HEADERS } from '@/mocks/testing/cts-client';

function tagsPath(trackerId: string, action: 'create' | 'delete', resourceType = 'cts-tracker'): string {
  return `${PROJECT_PATH}/${resourceType}/${trackerId}/tags/${action}`;
}

function createTags(trackerId: string, tags: unknown, resourceType?: string): Promise<Response> {
  return ctsFetch(tagsPath(trackerId, 'create', resourceType), { method: 'POST', body: { tags } });
}

function deleteTags(trackerId: string, tags: unknown): Promise<Response> {
  return ctsFetch(tagsPath(trackerId, 'delete'), { method: 'DELETE', body: { tags } });
}

async function expectStatus(response: Promise<Response>, status: number): Promise<void> {
  const answered = await response;
  expect(answered.status).toBe(status);
  expect(await answered.text()).toBe('');
}

const financeId = () => (mockDb.trackers.get(FINANCE_TRACKER_NAME) as Tracker).id;

describe('batchCreateResourceTags', () => {
  it('answers 200 without a body; the tags are listed; an existing key gets the new value', async () => {
    await expectStatus(createTags(financeId(), [{ key: 'team', value: 'finance' }, { key: 'cost center', value: 'cc:42/eu' }]), 200);
    expect(await listTags(financeId())).toEqual([
      { key: 'team', value: 'finance' },
      { key: 'cost center', value: 'cc:42/eu' },
    ]);
    await expectStatus(createTags(financeId(), [{ key: 'team', value: 'treasury' }, { key: 'flag' }]), 200);
    expect(await listTags(financeId())).toEqual([
      { key: 'team', value: 'treasury' },
      { key: 'cost center', value: 'cc:42/eu' },
      { key: 'flag', value: '' },
    ]);
  });

  it('404 CTS.0214 for an unknown tracker ID or a resource type other than cts-tracker', async () => {
    await expectCtsError(await createTags('no-such-id', [{ key: 'a', value: 'b' }]), 'CTS.0214');
    // The tracker's name is not its resource ID.
    await expectCtsError(await createTags(FINANCE_TRACKER_NAME, [{ key: 'a', value: 'b' }]), 'CTS.0214');
    await expectCtsError(await createTags(SYSTEM_TRACKER_ID, [{ key: 'a', value: 'b' }], 'cts-notification'), 'CTS.0214');
    await expectStatus(createTags(SYSTEM_TRACKER_ID, [{ key: 'a', value: 'b' }], 'cts-tracker'), 200);
  });

  it('400 CTS.0003 for a broken tag rule (choice 6), with the limits just avoided', async () => {
    const id = financeId();
    const invalid: unknown[] = [
      [{ key: '_sys_owner', value: 'x' }],
      [{ key: 'k'.repeat(129) }],
      [{ key: 'k', value: 'v'.repeat(256) }],
      [{ key: ' lead', value: 'x' }],
      [{ key: 'k', value: 'trail ' }],
      [{ key: 'a#b' }],
      [{ value: 'no key' }],
      [{ key: 'dup', value: '1' }, { key: 'dup', value: '2' }],
      [{ key: 5 }],
      [],
      'tags',
    ];
    for (const tags of invalid) {
      await expectCtsError(await createTags(id, tags), 'CTS.0003');
    }
    await expectCtsError(await ctsFetch(tagsPath(id, 'create'), { method: 'POST' }), 'CTS.0003');
    await expectCtsError(await ctsFetch(tagsPath(id, 'create'), { method: 'POST', body: {} }), 'CTS.0003');
    expect(await listTags(id)).toEqual([]);
    await expectStatus(createTags(id, [{ key: 'k'.repeat(128), value: 'v'.repeat(255) }, { key: 'ключ.é', value: '值 @=+-_:/' }]), 200);
    expect(await listTags(id)).toHaveLength(2);
  });

  it('holds at most 20 tags per tracker; overwriting an existing key does not count', async () => {
    const seeded = await listTags(SYSTEM_TRACKER_ID);
    expect(seeded).toHaveLength(2);
    const eighteen: Tag[] = Array.from({ length: 18 }, (_, i) => ({ key: `k${i}`, value: `${i}` }));
    await expectStatus(createTags(SYSTEM_TRACKER_ID, eighteen), 200);
    await expectCtsError(await createTags(SYSTEM_TRACKER_ID, [{ key: 'one-more', value: 'x' }]), 'CTS.0003');
    await expectStatus(createTags(SYSTEM_TRACKER_ID, [{ key: 'env', value: 'staging' }]), 200);
    const tags = await listTags(SYSTEM_TRACKER_ID);
    expect(tags).toHaveLength(20);
    expect(tags).toContainEqual({ key: 'env', value: 'staging' });
  });
});

describe('batchDeleteResourceTags', () => {
  it('DELETE with a JSON body answers 204; with a value deletes by key and value, without by key', async () => {
    await expectStatus(createTags(SYSTEM_TRACKER_ID, [{ key: 'team', value: 'secops' }]), 200);
    // env=prod exists; env=dev does not match its value, so it stays.
    await expectStatus(deleteTags(SYSTEM_TRACKER_ID, [{ key: 'env', value: 'dev' }]), 204);
    expect(await listTags(SYSTEM_TRACKER_ID)).toContainEqual({ key: 'env', value: 'prod' });
    await expectStatus(deleteTags(SYSTEM_TRACKER_ID, [{ key: 'env', value: 'prod' }, { key: 'owner' }, { key: 'absent' }]), 204);
    expect(await listTags(SYSTEM_TRACKER_ID)).toEqual([{ key: 'team', value: 'secops' }]);
  });

  it('serves the SDK: AK/SK and a JSON body on DELETE', async () => {
    const response = await ctsFetch(tagsPath(SYSTEM_TRACKER_ID, 'delete'), {
      method: 'DELETE',
      headers: SDK_HEADERS,
      body: { tags: [{ key: 'owner' }] },
    });
    expect(response.status).toBe(204);
    expect(await listTags(SYSTEM_TRACKER_ID)).toEqual([{ key: 'env', value: 'prod' }]);
  });

  it('404 CTS.0214 for an unknown tracker; 400 CTS.0003 for a missing or invalid body', async () => {
    await expectCtsError(await deleteTags('no-such-id', [{ key: 'env' }]), 'CTS.0214');
    await expectCtsError(await ctsFetch(tagsPath(SYSTEM_TRACKER_ID, 'delete'), { method: 'DELETE' }), 'CTS.0003');
    await expectCtsError(await deleteTags(SYSTEM_TRACKER_ID, [{ key: '_sys_env' }]), 'CTS.0003');
    expect(await listTags(SYSTEM_TRACKER_ID)).toHaveLength(2);
  });
});

describe('listTrackerTags (mock extension)', () => {
  it('lists the seeded tags; 404 CTS.0214 for an unknown tracker', async () => {
    expect(await listTags(SYSTEM_TRACKER_ID)).toEqual([
      { key: 'env', value: 'prod' },
      { key: 'owner', value: 'secops' },
    ]);
    expect(await listTags(financeId())).toEqual([]);
    await expectCtsError(await ctsFetch(`${PROJECT_PATH}/cts-tracker/no-such-id/tags`), 'CTS.0214');
  });
});
