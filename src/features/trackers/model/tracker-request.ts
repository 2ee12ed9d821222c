import type { CreateTrackerRequestBody, Tracker, TrackerObsInfo, UpdateTrackerRequestBody, BucketLifecycle } from '@/api/contract/types';
import { AGENCY_NAME } from '@/api/contract/enums';
import { MANAGEMENT_TRACKER_NAME } from '@/api/rules/trace-query-rules';
import type { TrackerFormValues } from './tracker-form-model';

type TrackerBody = CreateTrackerRequestBody & UpdateTrackerRequestBody;

/**
 * The transfer bucket settings. `is_obs_created` says whether CTS creates the bucket (L1902); on an
 * edit that keeps the tracker's own bucket it is left out, so the stored flag stays as it is.
 */
function obsInfo(values: TrackerFormValues, stored: Tracker | undefined): TrackerObsInfo {
  const keepsBucket = stored !== undefined && values.bucketSource === 'existing' && values.transferBucket === stored.obs_info?.bucket_name;
  return {
    bucket_name: values.transferBucket,
    file_prefix_name: values.filePrefix,
    ...(keepsBucket ? {} : { is_obs_created: values.bucketSource === 'new' }),
    // L1907: valid for data trackers only; 0 means "not set" and is not sent.
    ...(values.trackerType === 'data' && values.retentionDays !== 0 ? { bucket_lifecycle: values.retentionDays as BucketLifecycle } : {}),
    compress_type: values.compressType,
    is_sort_by_service: values.sortByService,
  };
}

/**
 * The body both calls share. Only the fields of the chosen type are sent (L1876): a management
 * tracker never sends `data_bucket` (CTS.0206), a data tracker never sends encryption or
 * organization fields. `stored` is the tracker being edited (PUT merges, choice 26).
 */
function trackerBody(values: TrackerFormValues, stored: Tracker | undefined): TrackerBody {
  const isSystem = values.trackerType === 'system';
  const body: TrackerBody = {
    tracker_type: values.trackerType,
    tracker_name: isSystem ? MANAGEMENT_TRACKER_NAME : values.trackerName,
    is_lts_enabled: values.ltsEnabled,
    is_support_validate: values.fileValidation,
  };
  if (values.transferToObs) {
    body.obs_info = obsInfo(values, stored);
  } else if (stored?.obs_info?.bucket_name) {
    // Choice 26: an empty bucket name stops the transfer of an edited tracker.
    body.obs_info = { bucket_name: '' };
  }
  if (isSystem) {
    body.is_support_trace_files_encryption = values.encryption;
    if (values.encryption) {
      body.kms_id = values.kmsId;
    }
    body.is_organization_tracker = values.organizationTracker;
    if (values.excludeKmsDatakey) {
      body.management_event_selector = { exclude_service: ['KMS'] };
    } else if (stored?.management_event_selector?.exclude_service?.length) {
      body.management_event_selector = { exclude_service: [] };
    }
  } else {
    body.data_bucket = { data_bucket_name: values.trackedBucket, data_event: [...values.dataEvents] };
  }
  if (values.createAgency) {
    body.agency_name = AGENCY_NAME;
  }
  return body;
}

/** POST /tracker (Table 6-68). */
export function toCreateRequest(values: TrackerFormValues): CreateTrackerRequestBody {
  return trackerBody(values, undefined);
}

/**
 * PUT /tracker (Table 6-84) for the tracker being edited: the type and name are the stored ones,
 * and a data tracker sends its (unchangeable, L1914) tracked bucket with its operations.
 */
export function toUpdateRequest(values: TrackerFormValues, stored: Tracker): UpdateTrackerRequestBody {
  return trackerBody(
    {
      ...values,
      trackerType: stored.tracker_type,
      trackerName: stored.tracker_name,
      trackedBucket: stored.data_bucket?.data_bucket_name ?? values.trackedBucket,
    },
    stored,
  );
}
