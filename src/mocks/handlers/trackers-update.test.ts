import { describe, expect, it } from 'vitest';
import type { Tracker } from '@/api/contract/types';
import {
  ASSETS_BUCKET,
  ASSETS_TRACKER_NAME,
  AUDIT_BUCKET,
  FINANCE_BUCKET,
  FINANCE_TRACKER_NAME,
  SEEDED_KMS_KEYS,
} from '@/mocks/db/seed-world';
import { mockDb } from '@/mocks/node';
import {
  ctsFetch,
  dataTrackerBody,
  expectCtsError,
  getTracker,
  listTrackerTraces,
  postTracker,
  PROJECT_PATH,
  putTracker,
} from '@/mocks/testing/cts-client';
import { storedTracker, withTrackers, withoutTracker } from '@/mocks/testing/scenarios';

const OTHER_KEY = SEEDED_KMS_KEYS[1]?.key_id ?? '';
const DISABLED_KEY = SEEDED_KMS_KEYS.find((key) => !key.enabled)?.key_id ?? '';

function financeBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { tracker_type: 'data', tracker_name: FINANCE_TRACKER_NAME, ...overrides };
}

function managementBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { tracker_type: 'system', tracker_name: 'system', ...overrides };
}

async function expectUpdated(body: unknown): Promise<void> {
  const response = await putTracker(body);
  expect(response.status).toBe(200);
  // No body at all (L2286): not even `{}`.
  expect(await response.text()).toBe('');
  expect(response.headers.get('X-Request-Id')).toBeTruthy();
}

describe('updateTracker: success and merge semantics (choice 26)', () => {
  it('answers 200 without a body and keeps what the body leaves out', async () => {
    const before = (await getTracker(FINANCE_TRACKER_NAME)) as Tracker;
    await expectUpdated(financeBody({ is_lts_enabled: false, obs_info: { file_prefix_name: 'fin2' } }));
    const after = (await getTracker(FINANCE_TRACKER_NAME)) as Tracker;
    expect(after).toEqual({
      ...before,
      lts: { is_lts_enabled: false, log_group_name: 'CTS', log_topic_name: FINANCE_TRACKER_NAME },
      obs_info: { ...before.obs_info, file_prefix_name: 'fin2' },
      data_bucket: { data_bucket_name: FINANCE_BUCKET, data_event: ['READ'], search_enabled: false },
      group_id: undefined,
      stream_id: undefined,
    });
    expect(after).not.toHaveProperty('group_id');
  });

  it('accepts the reference\'s data example: events without the bucket when the status is not set', async () => {
    await expectUpdated(
      financeBody({
        agency_name: 'cts_admin_trust',
        obs_info: { is_obs_created: false, bucket_name: '', file_prefix_name: '', bucket_lifecycle: 60 },
        is_lts_enabled: true,
        data_bucket: { data_event: ['READ', 'WRITE'] },
      }),
    );
    const after = (await getTracker(FINANCE_TRACKER_NAME)) as Tracker;
    expect(after.obs_info).toMatchObject({ bucket_name: '', file_prefix_name: '', bucket_lifecycle: 60, is_authorized_bucket: false });
    expect(after.data_bucket?.data_event).toEqual(['READ', 'WRITE']);
    expect(after.agency_name).toBe('cts_admin_trust');
  });

  it('disables and enables a data tracker; setting the status ends an error state', async () => {
    const bucket = { data_bucket_name: FINANCE_BUCKET, data_event: ['READ'] };
    await expectUpdated(financeBody({ status: 'disabled', data_bucket: bucket }));
    expect((await getTracker(FINANCE_TRACKER_NAME))?.status).toBe('disabled');
    await expectUpdated({
      tracker_type: 'data',
      tracker_name: ASSETS_TRACKER_NAME,
      status: 'enabled',
      data_bucket: { data_bucket_name: ASSETS_BUCKET, data_event: ['WRITE'] },
    });
    const assets = await getTracker(ASSETS_TRACKER_NAME);
    expect(assets?.status).toBe('enabled');
    expect(assets).not.toHaveProperty('detail');
  });

  it('updates the management tracker; an empty kms_id clears the key', async () => {
    await expectUpdated(managementBody({ kms_id: OTHER_KEY, is_support_validation: false }));
    expect(await getTracker('system')).toMatchObject({ kms_id: OTHER_KEY, is_support_validate: false });
    await expectUpdated(managementBody({ is_support_trace_files_encryption: false, kms_id: '', status: 'disabled' }));
    const system = await getTracker('system');
    expect(system).toMatchObject({ is_support_trace_files_encryption: false, status: 'disabled' });
    expect(system).not.toHaveProperty('kms_id');
  });

  it('records an updateTracker trace', async () => {
    const body = financeBody({ is_support_validate: true });
    await expectUpdated(body);
    const [trace] = await listTrackerTraces('updateTracker');
    expect(trace).toMatchObject({ resource_name: FINANCE_TRACKER_NAME, code: '200', resource_type: 'tracker' });
    expect(JSON.parse(trace?.request ?? '{}')).toEqual(body);
    expect(trace?.resource_id).toBe(mockDb.trackers.get(FINANCE_TRACKER_NAME)?.id);
  });
});

describe('updateTracker: each error code, triggered and just avoided', () => {
  it('CTS.0003 for an empty or mistyped body', async () => {
    await expectCtsError(await ctsFetch(`${PROJECT_PATH}/tracker`, { method: 'PUT' }), 'CTS.0003');
    await expectCtsError(await putTracker(financeBody({ status: true })), 'CTS.0003');
    await expectCtsError(await putTracker(financeBody({ data_bucket: { data_event: 'READ' } })), 'CTS.0003');
  });

  it('CTS.0202, CTS.0204, CTS.0207, CTS.0203 for type and name', async () => {
    await expectCtsError(await putTracker({ tracker_name: FINANCE_TRACKER_NAME }), 'CTS.0202');
    await expectCtsError(await putTracker(managementBody({ tracker_name: FINANCE_TRACKER_NAME })), 'CTS.0204');
    await expectCtsError(await putTracker(financeBody({ tracker_name: 'system' })), 'CTS.0207');
    await expectCtsError(await putTracker(financeBody({ tracker_name: 'finance reads' })), 'CTS.0203');
    await expectUpdated({ tracker_type: 'system' });
  });

  it('404 CTS.0214 for an unknown tracker', async () => {
    await expectCtsError(await putTracker(financeBody({ tracker_name: 'nobody' })), 'CTS.0214');
    withoutTracker('system');
    await expectCtsError(await putTracker(managementBody()), 'CTS.0214');
  });

  it('CTS.0205 for a status other than enabled or disabled', async () => {
    await expectCtsError(await putTracker(managementBody({ status: 'error' })), 'CTS.0205');
    await expectUpdated(managementBody({ status: 'enabled' }));
  });

  it('CTS.0206 for data_bucket on the management tracker', async () => {
    await expectCtsError(await putTracker(managementBody({ data_bucket: { data_event: ['READ'] } })), 'CTS.0206');
  });

  it('CTS.0210 and CTS.0219: setting a data tracker\'s status needs the bucket and the events (L2187)', async () => {
    await expectCtsError(await putTracker(financeBody({ status: 'disabled' })), 'CTS.0210');
    await expectCtsError(
      await putTracker(financeBody({ status: 'disabled', data_bucket: { data_bucket_name: FINANCE_BUCKET } })),
      'CTS.0219',
    );
    await expectCtsError(await putTracker(financeBody({ data_bucket: { data_event: [] } })), 'CTS.0219');
    await expectCtsError(await putTracker(financeBody({ data_bucket: { data_event: ['LIST'] } })), 'CTS.0225');
  });

  it('CTS.0231 and CTS.0218 for formats', async () => {
    await expectCtsError(await putTracker(managementBody({ obs_info: { bucket_name: 'X' } })), 'CTS.0231');
    await expectCtsError(await putTracker(managementBody({ obs_info: { file_prefix_name: 'a/b' } })), 'CTS.0218');
  });

  it('CTS.0221 when encryption is turned on with the key cleared; CTS.0222 for a disabled key', async () => {
    await expectCtsError(await putTracker(managementBody({ kms_id: '' })), 'CTS.0221');
    await expectCtsError(await putTracker(managementBody({ kms_id: DISABLED_KEY })), 'CTS.0222');
    // Encryption stays on with the stored key when the body does not mention the key.
    await expectUpdated(managementBody({ is_support_trace_files_encryption: true }));
  });

  it('CTS.0211 and CTS.0212: the tracked bucket cannot change', async () => {
    const status = { status: 'enabled' };
    await expectCtsError(
      await putTracker(financeBody({ ...status, data_bucket: { data_bucket_name: 'no-such-bucket', data_event: ['READ'] } })),
      'CTS.0211',
    );
    await expectCtsError(
      await putTracker(financeBody({ ...status, data_bucket: { data_bucket_name: 'hr-archive', data_event: ['READ'] } })),
      'CTS.0212',
    );
    await expectUpdated(financeBody({ ...status, data_bucket: { data_bucket_name: FINANCE_BUCKET, data_event: ['READ'] } }));
  });

  it('CTS.0213 when the transfer bucket is tracked', async () => {
    await expectCtsError(await putTracker(managementBody({ obs_info: { bucket_name: ASSETS_BUCKET } })), 'CTS.0213');
    await expectUpdated(managementBody({ obs_info: { bucket_name: 'hr-archive' } }));
    expect((await getTracker('system'))?.obs_info).toMatchObject({ bucket_name: 'hr-archive', is_authorized_bucket: true });
  });

  it('CTS.0209 when a PUT adds an operation another tracker records', async () => {
    expect((await postTracker(dataTrackerBody({ data_bucket: { data_bucket_name: FINANCE_BUCKET, data_event: ['WRITE'] } }))).status).toBe(201);
    await expectCtsError(await putTracker(financeBody({ data_bucket: { data_event: ['READ', 'WRITE'] } })), 'CTS.0209');
    await expectUpdated(financeBody({ data_bucket: { data_event: ['READ'] } }));
  });

  it('CTS.0215 when the bucket to create exists; a new one joins the inventory', async () => {
    await expectCtsError(
      await putTracker(managementBody({ obs_info: { bucket_name: 'ml-training-data', is_obs_created: true } })),
      'CTS.0215',
    );
    await expectUpdated(managementBody({ obs_info: { bucket_name: 'audit-2027', is_obs_created: true } }));
    expect(mockDb.buckets.has('audit-2027')).toBe(true);
    // Sending back the tracker's own created bucket is not a second creation.
    await expectUpdated(managementBody({ obs_info: { bucket_name: 'audit-2027', is_obs_created: true } }));
    expect((await getTracker('system'))?.obs_info).toMatchObject({ bucket_name: 'audit-2027', is_obs_created: true });
  });

  it('CTS.0228 when the organization tracker has no cts_admin_trust agency', async () => {
    const { agency_name: _agency, ...withoutAgency } = storedTracker('system') as Tracker;
    withTrackers(withoutAgency);
    await expectCtsError(await putTracker(managementBody({ is_organization_tracker: true })), 'CTS.0228');
    await expectUpdated(managementBody({ is_organization_tracker: true, agency_name: 'cts_admin_trust' }));
    expect((await getTracker('system'))?.is_organization_tracker).toBe(true);
  });

  it('validation order: 0214 before 0205, 0205 before 0206, 0212 before 0213', async () => {
    await expectCtsError(await putTracker(financeBody({ tracker_name: 'nobody', status: 'on' })), 'CTS.0214');
    await expectCtsError(await putTracker(managementBody({ status: 'on', data_bucket: {} })), 'CTS.0205');
    await expectCtsError(
      await putTracker(
        financeBody({ data_bucket: { data_bucket_name: 'hr-archive' }, obs_info: { bucket_name: FINANCE_BUCKET } }),
      ),
      'CTS.0212',
    );
    expect(mockDb.trackers.get('system')?.obs_info?.bucket_name).toBe(AUDIT_BUCKET);
  });
});
