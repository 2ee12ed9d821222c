// The contract's enumerations as arrays, for menus and validation. Each array is checked at compile
// time against the generated union: a missing or an extra value fails `tsc`, so they cannot drift.
import type {
  AgencyName,
  BucketLifecycle,
  CompressType,
  DataEvent,
  DataTraceSource,
  ExcludeService,
  FilterCondition,
  FilterField,
  FilterOperator,
  ManagementTraceSource,
  NotificationStatus,
  NotificationType,
  OperationType,
  TagResourceType,
  TraceRating,
  TraceType,
  TrackerType,
  TrackerUpdateStatus,
} from './types';

type Exhaustive<Union, Values extends readonly unknown[]> = [Union] extends [Values[number]] ? Values : never;

/** `enumOf<U>()([...])` accepts only members of U (the constraint) and every member of U (`Exhaustive`). */
const enumOf =
  <Union extends string | number>() =>
  <const Values extends readonly Union[]>(values: Values & Exhaustive<Union, Values>): Values =>
    values;

export const TRACKER_TYPES = enumOf<TrackerType>()(['system', 'data']);
export const TRACKER_UPDATE_STATUSES = enumOf<TrackerUpdateStatus>()(['enabled', 'disabled']);

export const TRACE_TYPES = enumOf<TraceType>()(['system', 'data']);
export const MANAGEMENT_TRACE_SOURCES = enumOf<ManagementTraceSource>()(['ApiCall', 'ConsoleAction', 'SystemAction']);
export const DATA_TRACE_SOURCES = enumOf<DataTraceSource>()(['ObsSDK', 'ObsAPI']);
export const TRACE_RATINGS = enumOf<TraceRating>()(['normal', 'warning', 'incident']);

export const DATA_EVENTS = enumOf<DataEvent>()(['READ', 'WRITE']);
export const BUCKET_LIFECYCLES = enumOf<BucketLifecycle>()([30, 60, 90, 180, 1095]);
export const COMPRESS_TYPES = enumOf<CompressType>()(['gzip', 'json']);
export const AGENCY_NAMES = enumOf<AgencyName>()(['cts_admin_trust']);
/** The only agency CTS creates for a tracker or a notification (L790, L1890). */
export const [AGENCY_NAME] = AGENCY_NAMES;
export const EXCLUDE_SERVICES = enumOf<ExcludeService>()(['KMS']);

export const NOTIFICATION_TYPES = enumOf<NotificationType>()(['smn', 'fun']);
export const NOTIFICATION_STATUSES = enumOf<NotificationStatus>()(['enabled', 'disabled']);
export const OPERATION_TYPES = enumOf<OperationType>()(['complete', 'customized']);
export const FILTER_CONDITIONS = enumOf<FilterCondition>()(['AND', 'OR']);
export const FILTER_FIELDS = enumOf<FilterField>()([
  'api_version',
  'code',
  'trace_rating',
  'trace_type',
  'resource_id',
  'resource_name',
]);
export const FILTER_OPERATORS = enumOf<FilterOperator>()(['=', '!=']);
/** The values of a notification filter rule on `trace_type`, in the order L797 lists them: management traces only. */
export const FILTER_TRACE_TYPES = enumOf<ManagementTraceSource>()(['ConsoleAction', 'ApiCall', 'SystemAction']);

export const TAG_RESOURCE_TYPES = enumOf<TagResourceType>()(['cts-tracker']);
