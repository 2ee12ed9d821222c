import type { Tracker, CompressType, DataEvent, TrackerType } from '@/api/contract/types';
import { DEFAULT_COMPRESS_TYPE } from '@/api/rules/tracker-rules';
import { AGENCY_NAME } from '@/api/contract/enums';
import { MANAGEMENT_TRACKER_NAME } from '@/api/rules/trace-query-rules';
import type { TagRow } from './tag-form';

export type BucketSource = 'existing' | 'new';
export type TrackerFormMode = 'create' | 'edit';

/**
 * What the tracker form edits, in the console's words; `toCreateRequest`/`toUpdateRequest` turn it
 * into the wire body, `fromTracker` reads a listed tracker back.
 */
export interface TrackerFormValues {
  trackerType: TrackerType;
  trackerName: string;
  /** Data trackers: the OBS bucket whose object operations are recorded. */
  trackedBucket: string;
  dataEvents: DataEvent[];
  transferToObs: boolean;
  bucketSource: BucketSource;
  transferBucket: string;
  filePrefix: string;
  /** Data trackers: days trace files are kept; 0 = not set, as CTS reports it (L585). */
  retentionDays: number;
  compressType: CompressType;
  sortByService: boolean;
  /** Management tracker only (L1876, L1881, L1895). */
  encryption: boolean;
  kmsId: string;
  organizationTracker: boolean;
  excludeKmsDatakey: boolean;
  /** Both types. */
  fileValidation: boolean;
  ltsEnabled: boolean;
  createAgency: boolean;
  /**
   * Create only: tags set right after the tracker is created. POST /tracker takes no tags (L1876);
   * they are a second call on the new tracker's ID (L3326). Editing leaves tags to the detail page.
   */
  tags: TagRow[];
}

export type TrackerFormField = keyof TrackerFormValues;

export function defaultTrackerValues(trackerType: TrackerType): TrackerFormValues {
  return {
    trackerType,
    trackerName: trackerType === 'system' ? MANAGEMENT_TRACKER_NAME : '',
    trackedBucket: '',
    dataEvents: [],
    transferToObs: false,
    bucketSource: 'existing',
    transferBucket: '',
    filePrefix: '',
    retentionDays: 0,
    compressType: DEFAULT_COMPRESS_TYPE,
    // L1909: the service name is in the transfer path by default.
    sortByService: true,
    encryption: false,
    kmsId: '',
    organizationTracker: false,
    excludeKmsDatakey: false,
    fileValidation: false,
    ltsEnabled: false,
    createAgency: false,
    tags: [],
  };
}

/** A listed tracker as the form shows it; the bucket already exists, whoever created it. */
export function fromTracker(tracker: Tracker): TrackerFormValues {
  const obs = tracker.obs_info ?? {};
  return {
    trackerType: tracker.tracker_type,
    trackerName: tracker.tracker_name,
    trackedBucket: tracker.data_bucket?.data_bucket_name ?? '',
    dataEvents: [...(tracker.data_bucket?.data_event ?? [])],
    transferToObs: Boolean(obs.bucket_name),
    bucketSource: 'existing',
    transferBucket: obs.bucket_name ?? '',
    filePrefix: obs.file_prefix_name ?? '',
    retentionDays: tracker.tracker_type === 'data' ? (obs.bucket_lifecycle ?? 0) : 0,
    compressType: obs.compress_type ?? DEFAULT_COMPRESS_TYPE,
    sortByService: obs.is_sort_by_service ?? true,
    encryption: tracker.is_support_trace_files_encryption,
    kmsId: tracker.kms_id ?? '',
    organizationTracker: tracker.is_organization_tracker ?? false,
    excludeKmsDatakey: tracker.management_event_selector?.exclude_service?.includes('KMS') ?? false,
    fileValidation: tracker.is_support_validate,
    ltsEnabled: tracker.lts?.is_lts_enabled ?? false,
    createAgency: tracker.agency_name === AGENCY_NAME,
    tags: [],
  };
}

const DATA_ONLY: readonly TrackerFormField[] = ['trackedBucket', 'dataEvents', 'retentionDays'];
const MANAGEMENT_ONLY: readonly TrackerFormField[] = ['encryption', 'kmsId', 'organizationTracker', 'excludeKmsDatakey'];
const TRANSFER_ONLY: readonly TrackerFormField[] = [
  'bucketSource',
  'transferBucket',
  'filePrefix',
  'retentionDays',
  'compressType',
  'sortByService',
];

/**
 * Whether a field applies to what the form currently describes (L1876: fields by tracker type;
 * the transfer settings only with a transfer bucket; the key only with encryption on). A field
 * that does not apply is neither shown nor sent.
 */
export function isFieldApplicable(field: TrackerFormField, values: Pick<TrackerFormValues, 'trackerType' | 'transferToObs' | 'encryption'>): boolean {
  if (DATA_ONLY.includes(field) && values.trackerType !== 'data') {
    return false;
  }
  if (MANAGEMENT_ONLY.includes(field) && values.trackerType !== 'system') {
    return false;
  }
  if (TRANSFER_ONLY.includes(field) && !values.transferToObs) {
    return false;
  }
  return field !== 'kmsId' || values.encryption;
}
