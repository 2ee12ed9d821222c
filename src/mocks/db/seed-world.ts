import { AGENCY_NAME } from '@/api/contract/enums';
import type { MockBucket, MockKmsKey, Notification, Tag, Tracker } from '@/api/contract/types';
import { MANAGEMENT_TRACKER_NAME } from '@/api/rules/trace-query-rules';
import { DEMO_DOMAIN_ID, DEMO_PROJECT_ID, DEMO_REGION } from '@/mocks/db/identities';
import { DEMO_SYSTEM_TRACKER_ID } from '@/mocks/db/trace-world';

/**
 * The demo account's configuration when the mock starts or is reset (spec-notes §4): the management
 * tracker, data trackers on existing buckets (one of them in error, so its detail can be explained),
 * notifications of both types, a small OBS bucket inventory and KMS key list. Fixture names that
 * tests rely on are exported.
 */
/** The management tracker's ID, shared with the traces that record it (planted stories). */
export const SYSTEM_TRACKER_ID = DEMO_SYSTEM_TRACKER_ID;
export const FINANCE_TRACKER_NAME = 'finance-reads';
export const ASSETS_TRACKER_NAME = 'web-assets-writes';
export const AUDIT_BUCKET = 'cts-audit-logs-prod';
export const FINANCE_BUCKET = 'finance-reports-2026';
export const ASSETS_BUCKET = 'web-static-assets';
export const SMN_NOTIFICATION_NAME = 'ecs_deletions';
export const FUN_NOTIFICATION_NAME = 'all_ops_to_siem';
export const DISABLED_NOTIFICATION_NAME = 'tracker_changes';

const DAY = 86_400_000;

export const SEEDED_BUCKETS: readonly MockBucket[] = [
  { bucket_name: AUDIT_BUCKET, bucket_location: DEMO_REGION, is_encrypted: true },
  { bucket_name: FINANCE_BUCKET, bucket_location: DEMO_REGION },
  { bucket_name: ASSETS_BUCKET, bucket_location: DEMO_REGION },
  { bucket_name: 'hr-archive', bucket_location: DEMO_REGION },
  { bucket_name: 'ml-training-data', bucket_location: DEMO_REGION },
  { bucket_name: 'backup.eu-west-0.acme', bucket_location: DEMO_REGION },
];

export const SEEDED_KMS_KEYS: readonly MockKmsKey[] = [
  { key_id: '0f7c2a4e-6b1d-4c3e-8a9f-2d5b7e1c3a90', key_alias: 'cts/default', enabled: true },
  { key_id: '5e8d1b3a-7c2f-4a6e-9d0b-1f3c5a7e9b24', key_alias: 'audit-logs', enabled: true },
  { key_id: '9a2c4e6f-8b1d-4f3a-a5c7-e9b1d3f5a7c0', key_alias: 'retired-2024', enabled: false },
];

export function seededTrackers(now: number): Tracker[] {
  const common = { domain_id: DEMO_DOMAIN_ID, project_id: DEMO_PROJECT_ID };
  return [
    {
      ...common,
      id: SYSTEM_TRACKER_ID,
      tracker_type: 'system',
      tracker_name: MANAGEMENT_TRACKER_NAME,
      status: 'enabled',
      create_time: now - 412 * DAY,
      is_support_validate: true,
      is_support_trace_files_encryption: true,
      kms_id: SEEDED_KMS_KEYS[0]?.key_id ?? '',
      is_organization_tracker: false,
      management_event_selector: { exclude_service: ['KMS'] },
      lts: { is_lts_enabled: true, log_group_name: 'CTS', log_topic_name: 'system-trace' },
      obs_info: {
        bucket_name: AUDIT_BUCKET,
        file_prefix_name: 'management',
        is_obs_created: false,
        is_authorized_bucket: true,
        bucket_lifecycle: 0,
        compress_type: 'gzip',
        // One file an hour for all services (the archive's example: 2,160 files in 90 days); each file
        // and digest is a request, and a browser reads a month of them.
        is_sort_by_service: false,
      },
      group_id: '7d1e3f5a-2b4c-4d6e-8f0a-1b3c5d7e9f02',
      stream_id: '3c5e7a9b-1d2f-4a6c-8e0b-2d4f6a8c0e13',
      agency_name: AGENCY_NAME,
    },
    {
      ...common,
      id: '2f4a6c8e-0b1d-4e3f-9a5c-7e9b1d3f5a68',
      tracker_type: 'data',
      tracker_name: FINANCE_TRACKER_NAME,
      status: 'enabled',
      create_time: now - 120 * DAY,
      is_support_validate: false,
      is_support_trace_files_encryption: false,
      lts: { is_lts_enabled: true, log_group_name: 'CTS', log_topic_name: FINANCE_TRACKER_NAME },
      obs_info: {
        bucket_name: AUDIT_BUCKET,
        file_prefix_name: 'finance',
        is_obs_created: false,
        is_authorized_bucket: true,
        bucket_lifecycle: 90,
        compress_type: 'gzip',
        is_sort_by_service: true,
      },
      data_bucket: { data_bucket_name: FINANCE_BUCKET, search_enabled: true, data_event: ['READ'] },
      group_id: '8e2f4a6c-3d5e-4f7a-9b1c-3d5e7f9a1b24',
      stream_id: '4d6f8b0c-2e3a-4b5c-9d1e-3f5a7b9c1d35',
    },
    {
      ...common,
      id: '6c8e0a2b-4d5f-4a7b-8c9d-1e3f5a7b9c46',
      tracker_type: 'data',
      tracker_name: ASSETS_TRACKER_NAME,
      status: 'error',
      detail: 'bucketPolicyError',
      create_time: now - 45 * DAY,
      is_support_validate: true,
      is_support_trace_files_encryption: false,
      lts: { is_lts_enabled: false, log_group_name: '', log_topic_name: '' },
      obs_info: {
        bucket_name: 'hr-archive',
        file_prefix_name: 'assets',
        is_obs_created: false,
        is_authorized_bucket: false,
        bucket_lifecycle: 30,
        compress_type: 'json',
        is_sort_by_service: false,
      },
      data_bucket: { data_bucket_name: ASSETS_BUCKET, search_enabled: false, data_event: ['WRITE'] },
    },
  ];
}

export function seededNotifications(now: number): Notification[] {
  const common = { project_id: DEMO_PROJECT_ID };
  return [
    {
      ...common,
      notification_id: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
      notification_name: SMN_NOTIFICATION_NAME,
      notification_type: 'smn',
      operation_type: 'customized',
      operations: [
        { service_type: 'ECS', resource_type: 'ecs', trace_names: ['deleteServer', 'deleteServerV2', 'stopServer'] },
        { service_type: 'IMS', resource_type: 'ims', trace_names: ['deleteImage'] },
      ],
      notify_user_list: [
        { user_group: 'ops', user_list: ['alice.chen', 'ops-admin'] },
        { user_group: 'security', user_list: ['sre.oncall'] },
      ],
      status: 'enabled',
      topic_id: `urn:smn:${DEMO_REGION}:${DEMO_PROJECT_ID}:ops_alerts`,
      create_time: now - 60 * DAY,
      filter: { condition: 'OR', is_support_filter: true, rule: ['code != 200', 'trace_rating = incident'] },
    },
    {
      ...common,
      notification_id: 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e',
      notification_name: FUN_NOTIFICATION_NAME,
      notification_type: 'fun',
      operation_type: 'complete',
      operations: [],
      notify_user_list: [],
      status: 'enabled',
      topic_id: `urn:fss:${DEMO_REGION}:${DEMO_PROJECT_ID}:function:default:forward_to_siem:latest`,
      create_time: now - 30 * DAY,
      agency_name: AGENCY_NAME,
    },
    {
      ...common,
      notification_id: 'c3d4e5f6-a7b8-4c9d-8e1f-2a3b4c5d6e7f',
      notification_name: DISABLED_NOTIFICATION_NAME,
      notification_type: 'smn',
      operation_type: 'customized',
      operations: [{ service_type: 'CTS', resource_type: 'tracker', trace_names: ['updateTracker', 'deleteTracker'] }],
      notify_user_list: [{ user_group: 'audit', user_list: ['audit_bot'] }],
      status: 'disabled',
      create_time: now - 7 * DAY,
    },
  ];
}

export function seededTags(): Map<string, Tag[]> {
  return new Map([
    [SYSTEM_TRACKER_ID, [{ key: 'env', value: 'prod' }, { key: 'owner', value: 'secops' }]],
  ]);
}
