import { z } from '@/api/zod';
import {
  AGENCY_NAME,
  BUCKET_LIFECYCLES,
  COMPRESS_TYPES,
  DATA_EVENTS,
  EXCLUDE_SERVICES,
  TRACKER_TYPES,
  TRACKER_UPDATE_STATUSES,
} from '@/api/contract/enums';
import type { CompressType } from '@/api/contract/types';
import { firstMessage, ruleCheck } from './rule-check';
import { MANAGEMENT_TRACKER_NAME } from './trace-query-rules';

/**
 * Request rules of POST/PUT /tracker (L1873–1917, L2149–2188). Each check returns the
 * user-facing message or null; `TRACKER_RULE_ERROR_CODES` gives the CTS code the mock
 * answers with when that check fails (order of checks: spec-notes choice 37).
 */
export const TRACKER_RULE_ERROR_CODES = {
  trackerType: 'CTS.0202',
  trackerNameFormat: 'CTS.0203',
  managementTrackerName: 'CTS.0204',
  trackerStatus: 'CTS.0205',
  dataTrackerNameSystem: 'CTS.0207',
  trackedBucketMissing: 'CTS.0210',
  filePrefix: 'CTS.0218',
  dataEventsMissing: 'CTS.0219',
  kmsIdMissing: 'CTS.0221',
  kmsIdFormat: 'CTS.0222',
  dataEventValue: 'CTS.0225',
  bucketName: 'CTS.0231',
  // Enum values and duplicates without a code of their own: CTS.0003 (spec-notes 1.2).
  dataEventDuplicate: 'CTS.0003',
  bucketLifecycle: 'CTS.0003',
  compressType: 'CTS.0003',
  agencyName: 'CTS.0003',
  excludeService: 'CTS.0003',
} as const;

export const TRACKER_TYPE_MESSAGE = 'The tracker type must be system or data.';

/** A PUT may set `enabled` or `disabled` (L2156); `error` is only ever reported by the service. */
export const TRACKER_STATUS_MESSAGE = 'The status can only be enabled or disabled.';

// Tracker names (choice 24): the reference gives no format, so this is the console's own rule.
export const TRACKER_NAME_MIN_LENGTH = 1;
export const TRACKER_NAME_MAX_LENGTH = 64;
export const TRACKER_NAME_PATTERN = new RegExp(
  `^[A-Za-z0-9][A-Za-z0-9_-]{${TRACKER_NAME_MIN_LENGTH - 1},${TRACKER_NAME_MAX_LENGTH - 1}}$`,
);
export const TRACKER_NAME_MESSAGE =
  'Use 1–64 letters, digits, hyphens (-) or underscores (_), starting with a letter or digit.';
export const DATA_TRACKER_NAME_SYSTEM_MESSAGE =
  'The name "system" is reserved for the management tracker. Choose another name.';
export const MANAGEMENT_TRACKER_NAME_MESSAGE = 'The management tracker can only be named "system".';

// OBS bucket names (L1900, CTS.0231 L3615); the same rule holds for the tracked bucket (L1976).
export const BUCKET_NAME_MIN_LENGTH = 3;
export const BUCKET_NAME_MAX_LENGTH = 63;
export const BUCKET_NAME_PATTERN = new RegExp(
  `^[a-z0-9][a-z0-9.-]{${BUCKET_NAME_MIN_LENGTH - 1},${BUCKET_NAME_MAX_LENGTH - 1}}$`,
);
export const BUCKET_NAME_MESSAGE =
  'Use 3–63 lowercase letters, digits, hyphens (-) or periods (.), starting with a letter or digit.';
export const TRACKED_BUCKET_MISSING_MESSAGE = 'Choose the OBS bucket to track.';

// Trace file prefix (L1901).
export const FILE_PREFIX_MAX_LENGTH = 64;
export const FILE_PREFIX_PATTERN = new RegExp(`^[A-Za-z0-9._-]{0,${FILE_PREFIX_MAX_LENGTH}}$`);
export const FILE_PREFIX_MESSAGE =
  'Use up to 64 letters, digits, periods (.), hyphens (-) or underscores (_).';

/** Retention of trace files in days (L1907). */
export const BUCKET_LIFECYCLE_MESSAGE = 'Keep trace files for 30, 60, 90, 180 or 1095 days.';

/** L1908: gzip is the default. */
export const DEFAULT_COMPRESS_TYPE: CompressType = 'gzip';
export const COMPRESS_TYPE_MESSAGE = 'Choose gzip (compressed) or json (uncompressed).';

// Operations a data tracker records on its bucket (L1917).
export const DATA_EVENTS_MISSING_MESSAGE = 'Select at least one operation type to track: READ or WRITE.';
export const DATA_EVENT_VALUE_MESSAGE = 'Only READ and WRITE operations can be tracked.';
export const DATA_EVENT_DUPLICATE_MESSAGE = 'Each operation type can be selected only once.';

/**
 * KMS key IDs: the reference states no format, but every example is a canonical UUID
 * (L460, L577, L3130), which is what KMS issues; the mock answers a malformed ID as a
 * failed verification (CTS.0222).
 */
export const KMS_ID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
export const KMS_ID_MISSING_MESSAGE = 'Choose a KMS key to encrypt trace files.';
export const KMS_ID_FORMAT_MESSAGE =
  'Enter a KMS key ID such as 13a4207c-7abe-4b68-8510-16b84c3b5504 (hexadecimal digits in groups of 8-4-4-4-12).';

/** L1890. */
export const AGENCY_NAME_MESSAGE = 'The agency name can only be cts_admin_trust.';

/** L1895: only the createDatakey traces of KMS can be kept out of the transfer. */
export const EXCLUDE_SERVICE_MESSAGE = 'Only KMS can be excluded from trace transfer.';

function isOneOf<T extends string | number>(values: readonly T[], value: unknown): value is T {
  return (values as readonly unknown[]).includes(value);
}

export function checkTrackerType(value: string | undefined): string | null {
  return isOneOf(TRACKER_TYPES, value) ? null : TRACKER_TYPE_MESSAGE;
}

export function checkTrackerStatus(value: string): string | null {
  return isOneOf(TRACKER_UPDATE_STATUSES, value) ? null : TRACKER_STATUS_MESSAGE;
}

export function checkTrackerNameFormat(name: string): string | null {
  return TRACKER_NAME_PATTERN.test(name) ? null : TRACKER_NAME_MESSAGE;
}

export function checkDataTrackerNameNotSystem(name: string): string | null {
  return name === MANAGEMENT_TRACKER_NAME ? DATA_TRACKER_NAME_SYSTEM_MESSAGE : null;
}

/** CTS.0207 is checked before CTS.0203 (choice 37). */
export function checkDataTrackerName(name: string): string | null {
  return firstMessage(checkDataTrackerNameNotSystem(name), checkTrackerNameFormat(name));
}

export function checkManagementTrackerName(name: string): string | null {
  return name === MANAGEMENT_TRACKER_NAME ? null : MANAGEMENT_TRACKER_NAME_MESSAGE;
}

export function checkBucketName(name: string): string | null {
  return BUCKET_NAME_PATTERN.test(name) ? null : BUCKET_NAME_MESSAGE;
}

/** CTS.0210: a data tracker must name the bucket it tracks (L1914, choice 19). */
export function checkTrackedBucketPresent(name: string | undefined): string | null {
  return name === undefined || name === '' ? TRACKED_BUCKET_MISSING_MESSAGE : null;
}

export function checkTrackedBucketName(name: string | undefined): string | null {
  return checkTrackedBucketPresent(name) ?? checkBucketName(name ?? '');
}

export function checkFilePrefix(prefix: string): string | null {
  return FILE_PREFIX_PATTERN.test(prefix) ? null : FILE_PREFIX_MESSAGE;
}

export function checkBucketLifecycle(days: number): string | null {
  return isOneOf(BUCKET_LIFECYCLES, days) ? null : BUCKET_LIFECYCLE_MESSAGE;
}

export function checkCompressType(value: string): string | null {
  return isOneOf(COMPRESS_TYPES, value) ? null : COMPRESS_TYPE_MESSAGE;
}

export function checkDataEventsPresent(events: readonly string[] | undefined): string | null {
  return events === undefined || events.length === 0 ? DATA_EVENTS_MISSING_MESSAGE : null;
}

export function checkDataEventValues(events: readonly string[]): string | null {
  return events.every((event) => isOneOf(DATA_EVENTS, event)) ? null : DATA_EVENT_VALUE_MESSAGE;
}

export function checkDataEventsUnique(events: readonly string[]): string | null {
  return new Set(events).size === events.length ? null : DATA_EVENT_DUPLICATE_MESSAGE;
}

export function checkDataEvents(events: readonly string[] | undefined): string | null {
  if (events === undefined) {
    return DATA_EVENTS_MISSING_MESSAGE;
  }
  return firstMessage(checkDataEventsPresent(events), checkDataEventValues(events), checkDataEventsUnique(events));
}

/** CTS.0221: L1885, "mandatory when is_support_trace_files_encryption is set to true". */
export function checkKmsIdPresent(encrypted: boolean, kmsId: string | undefined): string | null {
  return encrypted && (kmsId === undefined || kmsId === '') ? KMS_ID_MISSING_MESSAGE : null;
}

/** An empty ID is not a format error: it clears the key (choice 26) or is caught by CTS.0221. */
export function checkKmsIdFormat(kmsId: string): string | null {
  return kmsId === '' || KMS_ID_PATTERN.test(kmsId) ? null : KMS_ID_FORMAT_MESSAGE;
}

export function checkKmsId(encrypted: boolean, kmsId: string | undefined): string | null {
  return checkKmsIdPresent(encrypted, kmsId) ?? checkKmsIdFormat(kmsId ?? '');
}

export function checkAgencyName(value: string): string | null {
  return value === AGENCY_NAME ? null : AGENCY_NAME_MESSAGE;
}

export function checkExcludeServices(services: readonly string[]): string | null {
  return services.every((service) => isOneOf(EXCLUDE_SERVICES, service)) ? null : EXCLUDE_SERVICE_MESSAGE;
}

// Field schemas for the console's forms, reporting the same messages as the checks above.
export const trackerTypeSchema = z.enum(TRACKER_TYPES, { error: TRACKER_TYPE_MESSAGE });
export const dataTrackerNameSchema = z.string().check(ruleCheck(checkDataTrackerName));
export const managementTrackerNameSchema = z.string().check(ruleCheck(checkManagementTrackerName));
export const bucketNameSchema = z.string().check(ruleCheck(checkBucketName));
export const trackedBucketNameSchema = z.string().check(ruleCheck(checkTrackedBucketName));
export const filePrefixSchema = z.string().check(ruleCheck(checkFilePrefix));
export const bucketLifecycleSchema = z.number({ error: BUCKET_LIFECYCLE_MESSAGE }).check(ruleCheck(checkBucketLifecycle));
export const dataEventsSchema = z
  .array(z.enum(DATA_EVENTS, { error: DATA_EVENT_VALUE_MESSAGE }))
  .check(ruleCheck(checkDataEvents));
