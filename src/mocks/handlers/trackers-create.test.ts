import { describe, expect, it } from 'vitest';
import type { Tracker } from '@/api/contract/types';
import { DEMO_DOMAIN_ID, DEMO_PROJECT_ID } from '@/mocks/db/identities';
import {
  ASSETS_BUCKET,
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
} from '@/mocks/testing/cts-client';
import { quotaFull, storedTracker, withTrackers, withoutTracker } from '@/mocks/testing/scenarios';

const ENABLED_KEY = SEEDED_KMS_KEYS.find((key) => key.enabled)?.key_id ?? '';
const DISABLED_KEY = SEEDED_KMS_KEYS.find((key) => !key.enabled)?.key_id ?? '';

/** The management tracker always exists in the seeded world; some rules need it gone. */
function withoutManagementTracker(): void {
  withoutTracker('system');
}

function managementBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { tracker_type: 'system', tracker_name: 'system', ...overrides };
}

async function expectCreated(body: unknown): Promise<Tracker> {
  const response = await postTracker(body);
  expect(response.status).toBe(201);
  return (await response.json()) as Tracker;
}

describe('createTracker: success', () => {
  it('answers 201 with the full data tracker and lists it', async () => {
    const created = await expectCreated(
      dataTrackerBody({
        is_lts_enabled: true,
        is_support_validation: true,
        agency_name: 'cts_admin_trust',
        obs_info: { bucket_name: 'hr-archive', file_prefix_name: 'ml', bucket_lifecycle: 30 },
        data_bucket: { data_bucket_name: 'ml-training-data', data_event: ['READ', 'WRITE'] },
      }),
    );
    expect(created).toMatchObject({
      tracker_type: 'data',
      tracker_name: 'ml-reads',
      status: 'enabled',
      domain_id: DEMO_DOMAIN_ID,
      project_id: DEMO_PROJECT_ID,
      is_support_validate: true,
      is_support_trace_files_encryption: false,
      agency_name: 'cts_admin_trust',
      lts: { is_lts_enabled: true, log_group_name: 'CTS', log_topic_name: 'ml-reads' },
      obs_info: {
        bucket_name: 'hr-archive',
        file_prefix_name: 'ml',
        is_obs_created: false,
        is_authorized_bucket: true,
        bucket_lifecycle: 30,
        compress_type: 'gzip',
        is_sort_by_service: true,
      },
      data_bucket: { data_bucket_name: 'ml-training-data', data_event: ['READ', 'WRITE'], search_enabled: true },
    });
    expect(created.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Math.abs(created.create_time - Date.now())).toBeLessThan(60_000);
    expect(created.group_id).toBeTruthy();
    expect(created.stream_id).toBeTruthy();
    expect(created).not.toHaveProperty('kms_id');
    expect(await getTracker('ml-reads')).toEqual(created);
    expect(mockDb.trackers.get('ml-reads')?.data_bucket?.data_event).toEqual(['READ', 'WRITE']);
  });

  it('fills the defaults: no transfer, lifecycle 0, gzip, sorted by service, LTS off without IDs', async () => {
    const created = await expectCreated(dataTrackerBody());
    expect(created.obs_info).toEqual({
      bucket_name: '',
      file_prefix_name: '',
      is_obs_created: false,
      is_authorized_bucket: false,
      bucket_lifecycle: 0,
      compress_type: 'gzip',
      is_sort_by_service: true,
    });
    expect(created.lts).toEqual({ is_lts_enabled: false, log_group_name: 'CTS', log_topic_name: 'ml-reads' });
    expect(created).not.toHaveProperty('group_id');
    expect(created.is_support_validate).toBe(false);
  });

  it('creates the management tracker with encryption; ignores its bucket_lifecycle (choice 21)', async () => {
    withoutManagementTracker();
    const created = await expectCreated({
      tracker_type: 'system',
      is_lts_enabled: true,
      is_support_trace_files_encryption: true,
      kms_id: ENABLED_KEY,
      is_organization_tracker: true,
      agency_name: 'cts_admin_trust',
      management_event_selector: { exclude_service: ['KMS'] },
      obs_info: { bucket_name: AUDIT_BUCKET, compress_type: 'json', bucket_lifecycle: 45 },
    });
    expect(created).toMatchObject({
      tracker_name: 'system',
      is_support_trace_files_encryption: true,
      kms_id: ENABLED_KEY,
      is_organization_tracker: true,
      management_event_selector: { exclude_service: ['KMS'] },
      lts: { is_lts_enabled: true, log_group_name: 'CTS', log_topic_name: 'system-trace' },
      obs_info: { bucket_name: AUDIT_BUCKET, compress_type: 'json', bucket_lifecycle: 0 },
    });
    expect(created).not.toHaveProperty('data_bucket');
  });

  it('ignores encryption fields on a data tracker (choice 22)', async () => {
    const created = await expectCreated(dataTrackerBody({ is_support_trace_files_encryption: true, kms_id: 'bogus' }));
    expect(created.is_support_trace_files_encryption).toBe(false);
    expect(created).not.toHaveProperty('kms_id');
  });

  it('records a createTracker trace visible in the traces API', async () => {
    const created = await expectCreated(dataTrackerBody());
    const [trace] = await listTrackerTraces('createTracker');
    expect(trace).toMatchObject({
      service_type: 'CTS',
      resource_type: 'tracker',
      trace_name: 'createTracker',
      resource_id: created.id,
      resource_name: 'ml-reads',
      code: '201',
    });
    expect(JSON.parse(trace?.request ?? '{}')).toEqual(dataTrackerBody());
  });
});

describe('createTracker: each error code, triggered and just avoided', () => {
  it('CTS.0003 for an empty, non-JSON or mistyped body, and for enum values without a code', async () => {
    await expectCtsError(await ctsFetch(`${PROJECT_PATH}/tracker`, { method: 'POST' }), 'CTS.0003');
    await expectCtsError(await ctsFetch(`${PROJECT_PATH}/tracker`, { method: 'POST', rawBody: '{"tracker' }), 'CTS.0003');
    await expectCtsError(await postTracker([dataTrackerBody()]), 'CTS.0003');
    await expectCtsError(await postTracker(dataTrackerBody({ is_lts_enabled: 'yes' })), 'CTS.0003');
    await expectCtsError(await postTracker(dataTrackerBody({ obs_info: 'hr-archive' })), 'CTS.0003');
    await expectCtsError(await postTracker(dataTrackerBody({ obs_info: { compress_type: 'zip' } })), 'CTS.0003');
    await expectCtsError(await postTracker(dataTrackerBody({ obs_info: { bucket_lifecycle: 45 } })), 'CTS.0003');
    await expectCtsError(await postTracker(dataTrackerBody({ agency_name: 'my_agency' })), 'CTS.0003');
    await expectCtsError(
      await postTracker(dataTrackerBody({ data_bucket: { data_bucket_name: 'ml-training-data', data_event: ['READ', 'READ'] } })),
      'CTS.0003',
    );
    await expectCtsError(
      await postTracker(managementBody({ management_event_selector: { exclude_service: ['ECS'] } })),
      'CTS.0003',
    );
    await expectCreated(dataTrackerBody({ obs_info: { compress_type: 'json', bucket_lifecycle: 1095 } }));
  });

  it('CTS.0202 for a missing or unknown tracker_type', async () => {
    await expectCtsError(await postTracker({ tracker_name: 'x' }), 'CTS.0202');
    await expectCtsError(await postTracker(dataTrackerBody({ tracker_type: 'organization' })), 'CTS.0202');
  });

  it('CTS.0204 for a management tracker not named system; omitted name defaults to system (choice 23)', async () => {
    withoutManagementTracker();
    await expectCtsError(await postTracker(managementBody({ tracker_name: 'audit' })), 'CTS.0204');
    expect((await expectCreated({ tracker_type: 'system' })).tracker_name).toBe('system');
  });

  it('CTS.0207 for a data tracker named system', async () => {
    await expectCtsError(await postTracker(dataTrackerBody({ tracker_name: 'system' })), 'CTS.0207');
    await expectCreated(dataTrackerBody({ tracker_name: 'system2' }));
  });

  it('CTS.0203 for a missing or malformed name: 65 characters fail, 64 pass', async () => {
    await expectCtsError(await postTracker(dataTrackerBody({ tracker_name: undefined })), 'CTS.0203');
    await expectCtsError(await postTracker(dataTrackerBody({ tracker_name: '-lead' })), 'CTS.0203');
    await expectCtsError(await postTracker(dataTrackerBody({ tracker_name: 'a'.repeat(65) })), 'CTS.0203');
    await expectCreated(dataTrackerBody({ tracker_name: 'a'.repeat(64) }));
  });

  it('CTS.0201 while a management tracker exists', async () => {
    await expectCtsError(await postTracker(managementBody()), 'CTS.0201');
    withoutManagementTracker();
    await expectCreated(managementBody());
  });

  it('CTS.0200 for the 101st data tracker', async () => {
    quotaFull({ spare: 1 });
    await expectCreated(dataTrackerBody());
    await expectCtsError(await postTracker(dataTrackerBody({ tracker_name: 'one-too-many' })), 'CTS.0200');
  });

  it('CTS.0206 for a management tracker with data_bucket', async () => {
    withoutManagementTracker();
    await expectCtsError(
      await postTracker(managementBody({ data_bucket: { data_bucket_name: 'ml-training-data' } })),
      'CTS.0206',
    );
    await expectCreated(managementBody());
  });

  it('CTS.0208 for a data tracker name in use', async () => {
    await expectCtsError(await postTracker(dataTrackerBody({ tracker_name: FINANCE_TRACKER_NAME })), 'CTS.0208');
    await expectCreated(dataTrackerBody({ tracker_name: `${FINANCE_TRACKER_NAME}-2` }));
  });

  it('CTS.0210 without a tracked bucket', async () => {
    await expectCtsError(await postTracker(dataTrackerBody({ data_bucket: undefined })), 'CTS.0210');
    await expectCtsError(
      await postTracker(dataTrackerBody({ data_bucket: { data_bucket_name: '', data_event: ['READ'] } })),
      'CTS.0210',
    );
  });

  it('CTS.0219 without operations, CTS.0225 for an operation other than READ/WRITE', async () => {
    const bucket = { data_bucket_name: 'ml-training-data' };
    await expectCtsError(await postTracker(dataTrackerBody({ data_bucket: bucket })), 'CTS.0219');
    await expectCtsError(await postTracker(dataTrackerBody({ data_bucket: { ...bucket, data_event: [] } })), 'CTS.0219');
    await expectCtsError(
      await postTracker(dataTrackerBody({ data_bucket: { ...bucket, data_event: ['READ', 'DELETE'] } })),
      'CTS.0225',
    );
    await expectCreated(dataTrackerBody({ data_bucket: { ...bucket, data_event: ['WRITE'] } }));
  });

  it('CTS.0231 for an invalid transfer or tracked bucket name', async () => {
    await expectCtsError(await postTracker(dataTrackerBody({ obs_info: { bucket_name: 'saveTraceBucket' } })), 'CTS.0231');
    await expectCtsError(
      await postTracker(dataTrackerBody({ data_bucket: { data_bucket_name: 'ab', data_event: ['READ'] } })),
      'CTS.0231',
    );
    await expectCtsError(await postTracker(dataTrackerBody({ obs_info: { is_obs_created: true } })), 'CTS.0231');
    await expectCreated(dataTrackerBody({ obs_info: { bucket_name: 'backup.eu-west-0.acme' } }));
  });

  it('CTS.0218 for a file prefix of 65 characters; 64 pass', async () => {
    await expectCtsError(await postTracker(dataTrackerBody({ obs_info: { file_prefix_name: 'p'.repeat(65) } })), 'CTS.0218');
    await expectCtsError(await postTracker(dataTrackerBody({ obs_info: { file_prefix_name: 'a b' } })), 'CTS.0218');
    await expectCreated(dataTrackerBody({ obs_info: { file_prefix_name: 'p'.repeat(64) } }));
  });

  it('CTS.0221 for encryption without a key; CTS.0222 for a malformed, unknown or disabled key', async () => {
    withoutManagementTracker();
    await expectCtsError(await postTracker(managementBody({ is_support_trace_files_encryption: true })), 'CTS.0221');
    await expectCtsError(
      await postTracker(managementBody({ is_support_trace_files_encryption: true, kms_id: 'not-a-key' })),
      'CTS.0222',
    );
    await expectCtsError(
      await postTracker(managementBody({ is_support_trace_files_encryption: true, kms_id: '13a4207c-7abe-4b68-8510-16b84c3b5504' })),
      'CTS.0222',
    );
    await expectCtsError(
      await postTracker(managementBody({ is_support_trace_files_encryption: true, kms_id: DISABLED_KEY })),
      'CTS.0222',
    );
    await expectCreated(managementBody({ is_support_trace_files_encryption: true, kms_id: ENABLED_KEY }));
  });

  it('CTS.0211 for a tracked bucket missing from the inventory', async () => {
    await expectCtsError(
      await postTracker(dataTrackerBody({ data_bucket: { data_bucket_name: 'no-such-bucket', data_event: ['READ'] } })),
      'CTS.0211',
    );
  });

  it('CTS.0213 for a transfer bucket that is tracked, by another tracker or this one', async () => {
    await expectCtsError(await postTracker(dataTrackerBody({ obs_info: { bucket_name: FINANCE_BUCKET } })), 'CTS.0213');
    await expectCtsError(await postTracker(dataTrackerBody({ obs_info: { bucket_name: 'ml-training-data' } })), 'CTS.0213');
    // A bucket that is another tracker's transfer bucket may be tracked (spec-notes 1.2).
    await expectCreated(
      dataTrackerBody({ data_bucket: { data_bucket_name: 'hr-archive', data_event: ['READ'] }, obs_info: { bucket_name: AUDIT_BUCKET } }),
    );
  });

  it('CTS.0209 when another tracker records the same operation on the bucket', async () => {
    const onFinance = (events: string[]) => ({ data_bucket: { data_bucket_name: FINANCE_BUCKET, data_event: events } });
    await expectCtsError(await postTracker(dataTrackerBody(onFinance(['READ']))), 'CTS.0209');
    await expectCtsError(await postTracker(dataTrackerBody(onFinance(['WRITE', 'READ']))), 'CTS.0209');
    await expectCreated(dataTrackerBody(onFinance(['WRITE'])));
    await expectCtsError(
      await postTracker(dataTrackerBody({ tracker_name: 'assets-reads', data_bucket: { data_bucket_name: ASSETS_BUCKET, data_event: ['WRITE'] } })),
      'CTS.0209',
    );
  });

  it('CTS.0215 when the bucket to create exists; a created bucket joins the inventory', async () => {
    await expectCtsError(
      await postTracker(dataTrackerBody({ obs_info: { bucket_name: 'hr-archive', is_obs_created: true } })),
      'CTS.0215',
    );
    const created = await expectCreated(dataTrackerBody({ obs_info: { bucket_name: 'ml-trace-files', is_obs_created: true } }));
    expect(created.obs_info).toMatchObject({ bucket_name: 'ml-trace-files', is_obs_created: true, is_authorized_bucket: true });
    expect(mockDb.buckets.has('ml-trace-files')).toBe(true);
    await expectCtsError(
      await postTracker(
        dataTrackerBody({
          tracker_name: 'ml-writes',
          data_bucket: { data_bucket_name: 'ml-training-data', data_event: ['WRITE'] },
          obs_info: { bucket_name: 'ml-trace-files', is_obs_created: true },
        }),
      ),
      'CTS.0215',
    );
  });

  it('CTS.0228 for an organization tracker without the cts_admin_trust agency', async () => {
    withoutManagementTracker();
    await expectCtsError(await postTracker(managementBody({ is_organization_tracker: true })), 'CTS.0228');
    await expectCreated(managementBody({ is_organization_tracker: true, agency_name: 'cts_admin_trust' }));
  });

  it('CTS.0229 when another organization tracker exists', async () => {
    withoutManagementTracker();
    const finance = storedTracker(FINANCE_TRACKER_NAME) as Tracker;
    withTrackers({ ...finance, is_organization_tracker: true });
    const body = managementBody({ is_organization_tracker: true, agency_name: 'cts_admin_trust' });
    await expectCtsError(await postTracker(body), 'CTS.0229');
    withTrackers(finance);
    await expectCreated(body);
  });
});

describe('createTracker: validation order (choice 37), a body breaking two rules gets the earlier code', () => {
  const cases: [string, Record<string, unknown>, Parameters<typeof expectCtsError>[1]][] = [
    ['parse before type', { tracker_type: 'x', obs_info: 'bucket' }, 'CTS.0003'],
    ['type before name', { tracker_type: 'x', tracker_name: '-bad' }, 'CTS.0202'],
    ['0207 before 0203 and 0210', { tracker_type: 'data', tracker_name: 'system' }, 'CTS.0207'],
    ['name before 0201', { tracker_type: 'system', tracker_name: 'audit' }, 'CTS.0204'],
    ['0201 before 0206', { tracker_type: 'system', data_bucket: {} }, 'CTS.0201'],
    ['0208 before 0210', { tracker_type: 'data', tracker_name: FINANCE_TRACKER_NAME }, 'CTS.0208'],
    [
      '0219 before 0231',
      dataTrackerBody({ data_bucket: { data_bucket_name: 'Bad_Bucket', data_event: [] } }),
      'CTS.0219',
    ],
    [
      '0231 before 0211',
      dataTrackerBody({ data_bucket: { data_bucket_name: 'Bad_Bucket', data_event: ['READ'] } }),
      'CTS.0231',
    ],
    [
      '0211 before 0213',
      dataTrackerBody({
        data_bucket: { data_bucket_name: 'no-such-bucket', data_event: ['READ'] },
        obs_info: { bucket_name: 'no-such-bucket' },
      }),
      'CTS.0211',
    ],
    [
      '0213 before 0209',
      dataTrackerBody({
        data_bucket: { data_bucket_name: FINANCE_BUCKET, data_event: ['READ'] },
        obs_info: { bucket_name: FINANCE_BUCKET },
      }),
      'CTS.0213',
    ],
    [
      '0209 before 0215',
      dataTrackerBody({
        data_bucket: { data_bucket_name: FINANCE_BUCKET, data_event: ['READ'] },
        obs_info: { bucket_name: 'hr-archive', is_obs_created: true },
      }),
      'CTS.0209',
    ],
  ];
  it.each(cases)('%s', async (_label, body, code) => {
    await expectCtsError(await postTracker(body), code);
  });

  it('0231 before 0221, 0222 before 0215, 0215 before 0228 (management tracker)', async () => {
    withoutManagementTracker();
    await expectCtsError(
      await postTracker(managementBody({ obs_info: { bucket_name: 'B' }, is_support_trace_files_encryption: true })),
      'CTS.0231',
    );
    await expectCtsError(
      await postTracker(managementBody({ kms_id: DISABLED_KEY, obs_info: { bucket_name: AUDIT_BUCKET, is_obs_created: true } })),
      'CTS.0222',
    );
    await expectCtsError(
      await postTracker(managementBody({ is_organization_tracker: true, obs_info: { bucket_name: AUDIT_BUCKET, is_obs_created: true } })),
      'CTS.0215',
    );
  });

  it('a refused request changes nothing', async () => {
    const before = await ctsFetch(`${PROJECT_PATH}/trackers`).then((response) => response.json());
    await postTracker(dataTrackerBody({ obs_info: { bucket_name: 'new-bucket-x', is_obs_created: true }, tracker_name: FINANCE_TRACKER_NAME }));
    expect(await ctsFetch(`${PROJECT_PATH}/trackers`).then((response) => response.json())).toEqual(before);
    expect(mockDb.buckets.has('new-bucket-x')).toBe(false);
    expect(await listTrackerTraces('createTracker')).toEqual([]);
  });
});
