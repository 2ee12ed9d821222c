import type { AgencyName, CompressType, DataEvent, ExcludeService, Lts, ObsInfo, Tracker, TrackerType } from '@/api/contract/types';
import { DEFAULT_COMPRESS_TYPE } from '@/api/rules/tracker-rules';
import { DEMO_DOMAIN_ID } from '@/mocks/db/identities';
import type { MockDb } from '@/mocks/db/mock-db';
import { uuidV4 } from '@/mocks/db/random';
import type { ObsInfoInput, TrackerBody } from '@/mocks/handlers/tracker-body';
import type { CheckedTrackerRequest } from '@/mocks/handlers/tracker-validation';

/** LTS names CTS creates: group `CTS`, topic `system-trace` or the data tracker's name (L588–590, L643–645). */
const LTS_GROUP_NAME = 'CTS';
const MANAGEMENT_LTS_TOPIC = 'system-trace';

function ltsOf(type: TrackerType, name: string, enabled: boolean): Lts {
  return {
    is_lts_enabled: enabled,
    log_group_name: LTS_GROUP_NAME,
    log_topic_name: type === 'system' ? MANAGEMENT_LTS_TOPIC : name,
  };
}

/**
 * The LTS group and stream IDs exist while trace analysis is on (L2362–2363); the list example
 * shows them for the tracker with LTS on only (L2450–2505).
 */
function withLtsIds(tracker: Tracker): Tracker {
  const { group_id: groupId, stream_id: streamId, ...rest } = tracker;
  if (!tracker.lts?.is_lts_enabled) {
    return rest;
  }
  return { ...rest, group_id: groupId ?? uuidV4(Math.random), stream_id: streamId ?? uuidV4(Math.random) };
}

/**
 * The transfer bucket as returned. `is_authorized_bucket` (L1968): the simulated CTS can set its
 * bucket policy on any bucket of the inventory, so a bucket is authorized when it exists. The
 * lifecycle is valid for data trackers only and 0 when unset (L585, L1907, choice 21).
 */
function obsInfoOf(input: ObsInfoInput | undefined, base: ObsInfo | undefined, type: TrackerType, db: MockDb): ObsInfo {
  const bucketName = input?.bucket_name ?? base?.bucket_name ?? '';
  // Whether the tracker created its bucket describes that bucket: another bucket starts over.
  const sameBucket = bucketName === base?.bucket_name;
  const created = input?.is_obs_created ?? (sameBucket ? base.is_obs_created : false);
  return {
    bucket_name: bucketName,
    file_prefix_name: input?.file_prefix_name ?? base?.file_prefix_name ?? '',
    is_obs_created: bucketName !== '' && created,
    is_authorized_bucket: bucketName !== '' && db.buckets.has(bucketName),
    bucket_lifecycle: type === 'data' ? (input?.bucket_lifecycle ?? base?.bucket_lifecycle ?? 0) : 0,
    compress_type: (input?.compress_type ?? base?.compress_type ?? DEFAULT_COMPRESS_TYPE) as CompressType,
    is_sort_by_service: input?.is_sort_by_service ?? base?.is_sort_by_service ?? true,
  };
}

/** A bucket created through `is_obs_created: true` joins the simulated inventory (section 4). */
export function createRequestedBucket(db: MockDb, body: TrackerBody, stored: Tracker | undefined): void {
  const bucket = body.obs_info?.bucket_name ?? stored?.obs_info?.bucket_name;
  if (body.obs_info?.is_obs_created === true && bucket) {
    db.buckets.add(bucket);
  }
}

/**
 * Encryption, organization and event selection belong to the management tracker only (L1876,
 * L1881); a data tracker ignores them (choice 22). An empty `kms_id` clears the key (choice 26).
 */
function managementFields(body: TrackerBody, base: Tracker | undefined): Partial<Tracker> {
  const kmsId = body.kms_id ?? base?.kms_id;
  const selector = body.management_event_selector ?? base?.management_event_selector;
  return {
    is_support_trace_files_encryption:
      body.is_support_trace_files_encryption ?? base?.is_support_trace_files_encryption ?? false,
    is_organization_tracker: body.is_organization_tracker ?? base?.is_organization_tracker ?? false,
    ...(kmsId ? { kms_id: kmsId } : {}),
    ...(selector ? { management_event_selector: { exclude_service: (selector.exclude_service ?? []) as ExcludeService[] } } : {}),
  };
}

/** The tracker a valid POST creates (Table 6-72, L1923); call after `createRequestedBucket`. */
export function buildTracker(db: MockDb, request: CheckedTrackerRequest, projectId: string): Tracker {
  const { type, name, body } = request;
  const ltsEnabled = body.is_lts_enabled ?? false;
  const tracker: Tracker = {
    id: uuidV4(Math.random),
    create_time: db.now(),
    domain_id: DEMO_DOMAIN_ID,
    project_id: projectId,
    tracker_type: type,
    tracker_name: name,
    status: 'enabled',
    is_support_validate: body.is_support_validate ?? false,
    is_support_trace_files_encryption: false,
    lts: ltsOf(type, name, ltsEnabled),
    obs_info: obsInfoOf(body.obs_info, undefined, type, db),
    ...(type === 'system' ? managementFields(body, undefined) : {}),
    ...(type === 'data'
      ? {
          data_bucket: {
            data_bucket_name: body.data_bucket?.data_bucket_name ?? '',
            data_event: (body.data_bucket?.data_event ?? []) as DataEvent[],
            search_enabled: ltsEnabled,
          },
        }
      : {}),
    ...(body.agency_name ? { agency_name: body.agency_name as AgencyName } : {}),
  };
  return withLtsIds(tracker);
}

/**
 * The stored tracker with a valid PUT merged in (choice 26): what the body leaves out is kept.
 * Setting the status ends an `error` state and its `detail` (L1939–1940).
 */
export function mergeTracker(db: MockDb, stored: Tracker, body: TrackerBody): Tracker {
  const type = stored.tracker_type;
  const ltsEnabled = body.is_lts_enabled ?? stored.lts?.is_lts_enabled ?? false;
  const { detail, ...rest } = stored;
  const status = body.status === undefined ? stored.status : (body.status as 'enabled' | 'disabled');
  const merged: Tracker = {
    ...rest,
    ...(status === 'error' && detail ? { detail } : {}),
    status,
    is_support_validate: body.is_support_validate ?? stored.is_support_validate,
    lts: ltsOf(type, stored.tracker_name, ltsEnabled),
    obs_info: obsInfoOf(body.obs_info, stored.obs_info, type, db),
    ...(body.agency_name ? { agency_name: body.agency_name as AgencyName } : {}),
  };
  if (type === 'system') {
    delete merged.kms_id;
    Object.assign(merged, managementFields(body, stored));
  }
  if (merged.data_bucket) {
    const events = body.data_bucket?.data_event ?? merged.data_bucket.data_event;
    merged.data_bucket = { ...merged.data_bucket, data_event: events as DataEvent[], search_enabled: ltsEnabled };
  }
  return withLtsIds(merged);
}

/** A tracker as the API returns it: a copy, so that callers cannot change the stored one. */
export function trackerResponse(tracker: Tracker): Tracker {
  return tracker.data_bucket
    ? { ...tracker, data_bucket: { ...tracker.data_bucket, data_event: [...tracker.data_bucket.data_event] } }
    : { ...tracker };
}
