import { ctsError } from '@/mocks/handlers/cts-error';
import { isRecord } from '@/mocks/handlers/request-body';

/** TrackerObsInfo as sent (Table 6-70, L1897), JSON types checked, values not yet. */
export interface ObsInfoInput {
  bucket_name?: string;
  file_prefix_name?: string;
  is_obs_created?: boolean;
  bucket_lifecycle?: number;
  compress_type?: string;
  is_sort_by_service?: boolean;
}

/** DataBucket as sent (Table 6-71, L1911). */
export interface DataBucketInput {
  data_bucket_name?: string;
  data_event?: string[];
}

/**
 * The body of POST and PUT /tracker (Tables 6-68, 6-84) once its JSON types are known to be
 * right. Values are checked afterwards, in the order of choice 37.
 */
export interface TrackerBody {
  tracker_type?: string;
  tracker_name?: string;
  status?: string;
  is_lts_enabled?: boolean;
  is_organization_tracker?: boolean;
  management_event_selector?: { exclude_service?: string[] };
  obs_info?: ObsInfoInput;
  is_support_trace_files_encryption?: boolean;
  kms_id?: string;
  is_support_validate?: boolean;
  data_bucket?: DataBucketInput;
  agency_name?: string;
}

type Shape = Record<string, 'string' | 'boolean' | 'number' | 'strings'>;

const TOP_LEVEL: Shape = {
  tracker_type: 'string',
  tracker_name: 'string',
  status: 'string',
  is_lts_enabled: 'boolean',
  is_organization_tracker: 'boolean',
  is_support_trace_files_encryption: 'boolean',
  kms_id: 'string',
  is_support_validate: 'boolean',
  is_support_validation: 'boolean',
  agency_name: 'string',
};
const OBS_INFO: Shape = {
  bucket_name: 'string',
  file_prefix_name: 'string',
  is_obs_created: 'boolean',
  bucket_lifecycle: 'number',
  compress_type: 'string',
  is_sort_by_service: 'boolean',
};
const DATA_BUCKET: Shape = { data_bucket_name: 'string', data_event: 'strings' };
const EVENT_SELECTOR: Shape = { exclude_service: 'strings' };

function hasType(value: unknown, type: Shape[string]): boolean {
  if (type === 'strings') {
    return Array.isArray(value) && value.every((item) => typeof item === 'string');
  }
  return typeof value === type;
}

/** Every field of `shape` present in `record` has its JSON type; unknown fields are ignored. */
function matchesShape(record: Record<string, unknown>, shape: Shape): boolean {
  return Object.entries(shape).every(([field, type]) => record[field] === undefined || hasType(record[field], type));
}

function isOptionalObject(value: unknown, shape: Shape): boolean {
  return value === undefined || (isRecord(value) && matchesShape(value, shape));
}

/**
 * The parse stage of choice 37: a body that is not an object, or a known field of the wrong
 * JSON type, is "empty or invalid" (CTS.0003, L3581). `is_support_validation`, the name printed in
 * Table 6-68 (L1886), is read as `is_support_validate` when the latter is absent (choice 1).
 */
export function parseTrackerBody(body: unknown): TrackerBody {
  if (
    !isRecord(body) ||
    !matchesShape(body, TOP_LEVEL) ||
    !isOptionalObject(body.obs_info, OBS_INFO) ||
    !isOptionalObject(body.data_bucket, DATA_BUCKET) ||
    !isOptionalObject(body.management_event_selector, EVENT_SELECTOR)
  ) {
    throw ctsError('CTS.0003');
  }
  const { is_support_validation: alias, ...rest } = body;
  const parsed = rest as TrackerBody;
  return parsed.is_support_validate === undefined && typeof alias === 'boolean'
    ? { ...parsed, is_support_validate: alias }
    : parsed;
}
