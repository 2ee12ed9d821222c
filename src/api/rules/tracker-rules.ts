import './rule-form-messages';
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
import { activeText, inActiveLanguage } from '@/api/message-text';
import type { Message } from '@/i18n/message-id';
import { firstMessage, ruleCheck } from './rule-check';
import { MANAGEMENT_TRACKER_NAME } from './trace-query-rules';

/**
 * Request rules of POST/PUT /tracker (L1873–1917, L2149–2188). Each rule (`*Issue`) returns the
 * catalog message (area `rules`, `rules.tracker.*`) or null; the forms show it in the active
 * language through the schemas below. `TRACKER_RULE_ERROR_CODES` gives the CTS
 * code the mock answers with when that check fails (order of checks: spec-notes choice 37).
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

/** The rules' messages (catalog `rules.tracker.*`). */
export const TRACKER_RULE_MESSAGES = {
  trackerType: { id: 'rules.tracker.type' },
  trackerStatus: { id: 'rules.tracker.status' },
  trackerName: { id: 'rules.tracker.nameFormat' },
  dataTrackerNameSystem: { id: 'rules.tracker.dataNameSystem' },
  managementTrackerName: { id: 'rules.tracker.managementName' },
  bucketName: { id: 'rules.tracker.bucketName' },
  trackedBucketMissing: { id: 'rules.tracker.trackedBucketMissing' },
  filePrefix: { id: 'rules.tracker.filePrefix' },
  bucketLifecycle: { id: 'rules.tracker.bucketLifecycle' },
  compressType: { id: 'rules.tracker.compressType' },
  dataEventsMissing: { id: 'rules.tracker.dataEventsMissing' },
  dataEventValue: { id: 'rules.tracker.dataEventValue' },
  dataEventDuplicate: { id: 'rules.tracker.dataEventDuplicate' },
  kmsIdMissing: { id: 'rules.tracker.kmsIdMissing' },
  kmsIdFormat: { id: 'rules.tracker.kmsIdFormat' },
  agencyName: { id: 'rules.tracker.agencyName' },
  excludeService: { id: 'rules.tracker.excludeService' },
} as const satisfies Record<string, Message>;
const M = TRACKER_RULE_MESSAGES;

// Tracker names (choice 24): the reference gives no format, so this is the console's own rule.
export const TRACKER_NAME_MIN_LENGTH = 1;
export const TRACKER_NAME_MAX_LENGTH = 64;
export const TRACKER_NAME_PATTERN = new RegExp(
  `^[A-Za-z0-9][A-Za-z0-9_-]{${TRACKER_NAME_MIN_LENGTH - 1},${TRACKER_NAME_MAX_LENGTH - 1}}$`,
);

// OBS bucket names (L1900, CTS.0231 L3615); the same rule holds for the tracked bucket (L1976).
export const BUCKET_NAME_MIN_LENGTH = 3;
export const BUCKET_NAME_MAX_LENGTH = 63;
export const BUCKET_NAME_PATTERN = new RegExp(
  `^[a-z0-9][a-z0-9.-]{${BUCKET_NAME_MIN_LENGTH - 1},${BUCKET_NAME_MAX_LENGTH - 1}}$`,
);

// Trace file prefix (L1901).
export const FILE_PREFIX_MAX_LENGTH = 64;
export const FILE_PREFIX_PATTERN = new RegExp(`^[A-Za-z0-9._-]{0,${FILE_PREFIX_MAX_LENGTH}}$`);

/** L1908: gzip is the default. */
export const DEFAULT_COMPRESS_TYPE: CompressType = 'gzip';

/**
 * KMS key IDs: the reference states no format, but every example is a canonical UUID
 * (L460, L577, L3130), which is what KMS issues; the mock answers a malformed ID as a
 * failed verification (CTS.0222).
 */
export const KMS_ID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

function isOneOf<T extends string | number>(values: readonly T[], value: unknown): value is T {
  return (values as readonly unknown[]).includes(value);
}

// ---------------------------------------------------------------- rules (one definition each)

export function trackerTypeIssue(value: string | undefined): Message | null {
  return isOneOf(TRACKER_TYPES, value) ? null : M.trackerType;
}

/** A PUT may set `enabled` or `disabled` (L2156); `error` is only ever reported by the service. */
export function trackerStatusIssue(value: string): Message | null {
  return isOneOf(TRACKER_UPDATE_STATUSES, value) ? null : M.trackerStatus;
}

export function trackerNameFormatIssue(name: string): Message | null {
  return TRACKER_NAME_PATTERN.test(name) ? null : M.trackerName;
}

export function dataTrackerNameNotSystemIssue(name: string): Message | null {
  return name === MANAGEMENT_TRACKER_NAME ? M.dataTrackerNameSystem : null;
}

/** CTS.0207 is checked before CTS.0203 (choice 37). */
export function dataTrackerNameIssue(name: string): Message | null {
  return firstMessage(dataTrackerNameNotSystemIssue(name), trackerNameFormatIssue(name));
}

export function managementTrackerNameIssue(name: string): Message | null {
  return name === MANAGEMENT_TRACKER_NAME ? null : M.managementTrackerName;
}

export function bucketNameIssue(name: string): Message | null {
  return BUCKET_NAME_PATTERN.test(name) ? null : M.bucketName;
}

/** CTS.0210: a data tracker must name the bucket it tracks (L1914, choice 19). */
export function trackedBucketPresentIssue(name: string | undefined): Message | null {
  return name === undefined || name === '' ? M.trackedBucketMissing : null;
}

export function trackedBucketNameIssue(name: string | undefined): Message | null {
  return trackedBucketPresentIssue(name) ?? bucketNameIssue(name ?? '');
}

export function filePrefixIssue(prefix: string): Message | null {
  return FILE_PREFIX_PATTERN.test(prefix) ? null : M.filePrefix;
}

/** Retention of trace files in days (L1907). */
export function bucketLifecycleIssue(days: number): Message | null {
  return isOneOf(BUCKET_LIFECYCLES, days) ? null : M.bucketLifecycle;
}

export function compressTypeIssue(value: string): Message | null {
  return isOneOf(COMPRESS_TYPES, value) ? null : M.compressType;
}

// Operations a data tracker records on its bucket (L1917).
export function dataEventsPresentIssue(events: readonly string[] | undefined): Message | null {
  return events === undefined || events.length === 0 ? M.dataEventsMissing : null;
}

export function dataEventValuesIssue(events: readonly string[]): Message | null {
  return events.every((event) => isOneOf(DATA_EVENTS, event)) ? null : M.dataEventValue;
}

export function dataEventsUniqueIssue(events: readonly string[]): Message | null {
  return new Set(events).size === events.length ? null : M.dataEventDuplicate;
}

export function dataEventsIssue(events: readonly string[] | undefined): Message | null {
  if (events === undefined) {
    return M.dataEventsMissing;
  }
  return firstMessage(dataEventsPresentIssue(events), dataEventValuesIssue(events), dataEventsUniqueIssue(events));
}

/** CTS.0221: L1885, "mandatory when is_support_trace_files_encryption is set to true". */
export function kmsIdPresentIssue(encrypted: boolean, kmsId: string | undefined): Message | null {
  return encrypted && (kmsId === undefined || kmsId === '') ? M.kmsIdMissing : null;
}

/** An empty ID is not a format error: it clears the key (choice 26) or is caught by CTS.0221. */
export function kmsIdFormatIssue(kmsId: string): Message | null {
  return kmsId === '' || KMS_ID_PATTERN.test(kmsId) ? null : M.kmsIdFormat;
}

export function kmsIdIssue(encrypted: boolean, kmsId: string | undefined): Message | null {
  return kmsIdPresentIssue(encrypted, kmsId) ?? kmsIdFormatIssue(kmsId ?? '');
}

/** L1890. */
export function agencyNameIssue(value: string): Message | null {
  return value === AGENCY_NAME ? null : M.agencyName;
}

/** L1895: only the createDatakey traces of KMS can be kept out of the transfer. */
export function excludeServicesIssue(services: readonly string[]): Message | null {
  return services.every((service) => isOneOf(EXCLUDE_SERVICES, service)) ? null : M.excludeService;
}

// ---------------------------------------------------------------- the same rules, as text in the active language

export const checkBucketName = inActiveLanguage(bucketNameIssue);
export const checkKmsId = inActiveLanguage(kmsIdIssue);

// Field schemas for the console's forms, reporting the same messages as the rules above, in the
// language active when the value is parsed.
export const trackerTypeSchema = z.enum(TRACKER_TYPES, { error: () => activeText(M.trackerType) });
export const dataTrackerNameSchema = z.string().check(ruleCheck(dataTrackerNameIssue));
export const managementTrackerNameSchema = z.string().check(ruleCheck(managementTrackerNameIssue));
export const bucketNameSchema = z.string().check(ruleCheck(bucketNameIssue));
export const trackedBucketNameSchema = z.string().check(ruleCheck(trackedBucketNameIssue));
export const filePrefixSchema = z.string().check(ruleCheck(filePrefixIssue));
export const bucketLifecycleSchema = z
  .number({ error: () => activeText(M.bucketLifecycle) })
  .check(ruleCheck(bucketLifecycleIssue));
export const dataEventsSchema = z
  .array(z.enum(DATA_EVENTS, { error: () => activeText(M.dataEventValue) }))
  .check(ruleCheck(dataEventsIssue));
