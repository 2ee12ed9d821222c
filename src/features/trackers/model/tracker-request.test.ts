import { describe, expect, it } from 'vitest';
import type { Tracker } from '@/api/contract/types';
import { defaultTrackerValues, fromTracker, type TrackerFormValues } from './tracker-form-model';
import { toCreateRequest, toUpdateRequest } from './tracker-request';

const dataTracker: Tracker = {
  id: 'd1',
  create_time: 1,
  domain_id: 'dom',
  project_id: 'proj',
  tracker_type: 'data',
  tracker_name: 'finance-reads',
  status: 'enabled',
  is_support_validate: false,
  is_support_trace_files_encryption: false,
  lts: { is_lts_enabled: true, log_group_name: 'CTS', log_topic_name: 'finance-reads' },
  obs_info: {
    bucket_name: 'cts-audit-logs-prod',
    file_prefix_name: 'finance',
    is_obs_created: true,
    is_authorized_bucket: true,
    bucket_lifecycle: 90,
    compress_type: 'gzip',
    is_sort_by_service: true,
  },
  data_bucket: { data_bucket_name: 'finance-reports-2026', search_enabled: true, data_event: ['READ'] },
};

const managementTracker: Tracker = {
  id: 's1',
  create_time: 1,
  domain_id: 'dom',
  project_id: 'proj',
  tracker_type: 'system',
  tracker_name: 'system',
  status: 'enabled',
  is_support_validate: true,
  is_support_trace_files_encryption: true,
  kms_id: '0f7c2a4e-6b1d-4c3e-8a9f-2d5b7e1c3a90',
  is_organization_tracker: false,
  management_event_selector: { exclude_service: ['KMS'] },
  lts: { is_lts_enabled: false, log_group_name: 'CTS', log_topic_name: 'system-trace' },
  obs_info: {
    bucket_name: '',
    file_prefix_name: '',
    is_obs_created: false,
    is_authorized_bucket: false,
    bucket_lifecycle: 0,
    compress_type: 'gzip',
    is_sort_by_service: true,
  },
  agency_name: 'cts_admin_trust',
};

describe('form model → request body', () => {
  it('creates a data tracker with its bucket, operations and transfer, and nothing of the management tracker', () => {
    const values: TrackerFormValues = {
      ...defaultTrackerValues('data'),
      trackerName: 'audit-reads',
      trackedBucket: 'ml-training-data',
      dataEvents: ['READ', 'WRITE'],
      transferToObs: true,
      bucketSource: 'new',
      transferBucket: 'audit-transfer',
      filePrefix: 'audit',
      retentionDays: 180,
      compressType: 'json',
      sortByService: false,
      // Not applicable to a data tracker: never sent.
      encryption: true,
      kmsId: 'x',
      organizationTracker: true,
      excludeKmsDatakey: true,
      ltsEnabled: true,
      createAgency: true,
    };
    expect(toCreateRequest(values)).toEqual({
      tracker_type: 'data',
      tracker_name: 'audit-reads',
      is_lts_enabled: true,
      is_support_validate: false,
      obs_info: {
        bucket_name: 'audit-transfer',
        file_prefix_name: 'audit',
        is_obs_created: true,
        bucket_lifecycle: 180,
        compress_type: 'json',
        is_sort_by_service: false,
      },
      data_bucket: { data_bucket_name: 'ml-training-data', data_event: ['READ', 'WRITE'] },
      agency_name: 'cts_admin_trust',
    });
  });

  it('creates a management tracker named system, without data_bucket or retention', () => {
    const values: TrackerFormValues = {
      ...defaultTrackerValues('system'),
      trackedBucket: 'ignored',
      dataEvents: ['READ'],
      transferToObs: true,
      transferBucket: 'mgmt-bucket',
      retentionDays: 90,
      encryption: true,
      kmsId: '5e8d1b3a-7c2f-4a6e-9d0b-1f3c5a7e9b24',
      organizationTracker: true,
      excludeKmsDatakey: true,
      fileValidation: true,
    };
    expect(toCreateRequest(values)).toEqual({
      tracker_type: 'system',
      tracker_name: 'system',
      is_lts_enabled: false,
      is_support_validate: true,
      obs_info: { bucket_name: 'mgmt-bucket', file_prefix_name: '', is_obs_created: false, compress_type: 'gzip', is_sort_by_service: true },
      is_support_trace_files_encryption: true,
      kms_id: '5e8d1b3a-7c2f-4a6e-9d0b-1f3c5a7e9b24',
      is_organization_tracker: true,
      management_event_selector: { exclude_service: ['KMS'] },
    });
  });

  it('sends no transfer, no key and no selector when they are off on create', () => {
    const body = toCreateRequest({ ...defaultTrackerValues('system'), kmsId: 'typed-then-turned-off' });
    expect(body).not.toHaveProperty('obs_info');
    expect(body).not.toHaveProperty('kms_id');
    expect(body).not.toHaveProperty('management_event_selector');
    expect(body).not.toHaveProperty('agency_name');
  });
});

describe('request body ↔ form model on edit', () => {
  it('reads a data tracker into the form and writes it back unchanged', () => {
    const values = fromTracker(dataTracker);
    expect(values).toMatchObject({
      trackerType: 'data',
      trackerName: 'finance-reads',
      trackedBucket: 'finance-reports-2026',
      dataEvents: ['READ'],
      transferToObs: true,
      bucketSource: 'existing',
      transferBucket: 'cts-audit-logs-prod',
      filePrefix: 'finance',
      retentionDays: 90,
      ltsEnabled: true,
    });
    // The tracker's own bucket is kept: is_obs_created is not re-sent (it would flip the stored flag).
    expect(toUpdateRequest(values, dataTracker)).toEqual({
      tracker_type: 'data',
      tracker_name: 'finance-reads',
      is_lts_enabled: true,
      is_support_validate: false,
      obs_info: {
        bucket_name: 'cts-audit-logs-prod',
        file_prefix_name: 'finance',
        bucket_lifecycle: 90,
        compress_type: 'gzip',
        is_sort_by_service: true,
      },
      data_bucket: { data_bucket_name: 'finance-reports-2026', data_event: ['READ'] },
    });
  });

  it('keeps the tracked bucket and name of the stored tracker whatever the form holds', () => {
    const values = { ...fromTracker(dataTracker), trackerName: 'renamed', trackedBucket: 'other-bucket', dataEvents: ['WRITE' as const] };
    const body = toUpdateRequest(values, dataTracker);
    expect(body.tracker_name).toBe('finance-reads');
    expect(body.data_bucket).toEqual({ data_bucket_name: 'finance-reports-2026', data_event: ['WRITE'] });
  });

  it('stops the transfer of an edited tracker with an empty bucket name (choice 26)', () => {
    const body = toUpdateRequest({ ...fromTracker(dataTracker), transferToObs: false }, dataTracker);
    expect(body.obs_info).toEqual({ bucket_name: '' });
  });

  it('reads a management tracker and clears the KMS exclusion when unticked', () => {
    const values = fromTracker(managementTracker);
    expect(values).toMatchObject({
      trackerType: 'system',
      encryption: true,
      kmsId: managementTracker.kms_id,
      excludeKmsDatakey: true,
      fileValidation: true,
      transferToObs: false,
      createAgency: true,
    });
    expect(toUpdateRequest(values, managementTracker)).toEqual({
      tracker_type: 'system',
      tracker_name: 'system',
      is_lts_enabled: false,
      is_support_validate: true,
      is_support_trace_files_encryption: true,
      kms_id: managementTracker.kms_id,
      is_organization_tracker: false,
      management_event_selector: { exclude_service: ['KMS'] },
      agency_name: 'cts_admin_trust',
    });
    const unticked = toUpdateRequest({ ...values, excludeKmsDatakey: false, encryption: false }, managementTracker);
    expect(unticked.management_event_selector).toEqual({ exclude_service: [] });
    expect(unticked).not.toHaveProperty('kms_id');
    expect(unticked).not.toHaveProperty('data_bucket');
  });

  it('marks a new bucket for creation on edit', () => {
    const body = toUpdateRequest({ ...fromTracker(dataTracker), bucketSource: 'new', transferBucket: 'fresh-bucket' }, dataTracker);
    expect(body.obs_info?.is_obs_created).toBe(true);
    expect(body.obs_info?.bucket_name).toBe('fresh-bucket');
  });
});
