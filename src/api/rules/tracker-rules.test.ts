import { describe, expect, it } from 'vitest';
import type { z } from '@/api/zod';
import {
  AGENCY_NAME_MESSAGE,
  BUCKET_LIFECYCLE_MESSAGE,
  BUCKET_NAME_MESSAGE,
  COMPRESS_TYPE_MESSAGE,
  DATA_EVENT_DUPLICATE_MESSAGE,
  DATA_EVENT_VALUE_MESSAGE,
  DATA_EVENTS_MISSING_MESSAGE,
  DATA_TRACKER_NAME_SYSTEM_MESSAGE,
  EXCLUDE_SERVICE_MESSAGE,
  FILE_PREFIX_MESSAGE,
  KMS_ID_FORMAT_MESSAGE,
  KMS_ID_MISSING_MESSAGE,
  MANAGEMENT_TRACKER_NAME_MESSAGE,
  TRACKED_BUCKET_MISSING_MESSAGE,
  TRACKER_NAME_MESSAGE,
  TRACKER_RULE_ERROR_CODES,
  TRACKER_STATUS_MESSAGE,
  TRACKER_TYPE_MESSAGE,
  bucketLifecycleSchema,
  bucketNameSchema,
  checkAgencyName,
  checkBucketLifecycle,
  checkBucketName,
  checkCompressType,
  checkDataEventValues,
  checkDataEvents,
  checkDataEventsPresent,
  checkDataEventsUnique,
  checkDataTrackerName,
  checkExcludeServices,
  checkFilePrefix,
  checkKmsId,
  checkKmsIdFormat,
  checkKmsIdPresent,
  checkManagementTrackerName,
  checkTrackedBucketName,
  checkTrackerNameFormat,
  checkTrackerStatus,
  checkTrackerType,
  dataEventsSchema,
  filePrefixSchema,
  managementTrackerNameSchema,
  trackedBucketNameSchema,
  dataTrackerNameSchema,
  trackerTypeSchema,
} from './tracker-rules';

const KMS_ID = '13a4207c-7abe-4b68-8510-16b84c3b5504';

function schemaMessage(schema: z.ZodType, value: unknown): string | null {
  const result = schema.safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? 'no message');
}

describe('tracker type and status', () => {
  it.each(['system', 'data'])('accepts tracker type %s', (type) => {
    expect(checkTrackerType(type)).toBeNull();
    expect(schemaMessage(trackerTypeSchema, type)).toBeNull();
  });
  it.each([undefined, '', 'System', 'org'])('rejects tracker type %s', (type) => {
    expect(checkTrackerType(type)).toBe(TRACKER_TYPE_MESSAGE);
  });
  it('reports the same message from the schema', () => {
    expect(schemaMessage(trackerTypeSchema, 'org')).toBe(TRACKER_TYPE_MESSAGE);
  });
  it.each(['enabled', 'disabled'])('accepts status %s', (status) => {
    expect(checkTrackerStatus(status)).toBeNull();
  });
  it.each(['error', 'ENABLED', ''])('rejects status %s, which cannot be set', (status) => {
    expect(checkTrackerStatus(status)).toBe(TRACKER_STATUS_MESSAGE);
  });
});

describe('tracker name (choice 24)', () => {
  it.each(['a', '1', 'a'.repeat(64), 'data-tracker_01', '9Z'])('accepts %s', (name) => {
    expect(checkTrackerNameFormat(name)).toBeNull();
    expect(checkDataTrackerName(name)).toBeNull();
    expect(schemaMessage(dataTrackerNameSchema, name)).toBeNull();
  });
  it.each(['', 'a'.repeat(65), '-tracker', '_tracker', 'has space', 'dot.name', 'ünïcode'])('rejects %s', (name) => {
    expect(checkTrackerNameFormat(name)).toBe(TRACKER_NAME_MESSAGE);
    expect(schemaMessage(dataTrackerNameSchema, name)).toBe(TRACKER_NAME_MESSAGE);
  });
  it('reserves "system" for the management tracker, before the format check', () => {
    expect(checkDataTrackerName('system')).toBe(DATA_TRACKER_NAME_SYSTEM_MESSAGE);
    expect(schemaMessage(dataTrackerNameSchema, 'system')).toBe(DATA_TRACKER_NAME_SYSTEM_MESSAGE);
    expect(checkDataTrackerName('system1')).toBeNull();
  });
  it('requires the management tracker to be named system', () => {
    expect(checkManagementTrackerName('system')).toBeNull();
    expect(checkManagementTrackerName('System')).toBe(MANAGEMENT_TRACKER_NAME_MESSAGE);
    expect(schemaMessage(managementTrackerNameSchema, 'tracker')).toBe(MANAGEMENT_TRACKER_NAME_MESSAGE);
  });
});

describe('OBS bucket name (L1900)', () => {
  it.each(['abc', 'a'.repeat(63), '0bucket', 'my.bucket-1', 'a..b', 'abc-'])('accepts %s', (name) => {
    expect(checkBucketName(name)).toBeNull();
    expect(schemaMessage(bucketNameSchema, name)).toBeNull();
  });
  it.each(['', 'ab', 'a'.repeat(64), 'Bucket', '-bucket', '.bucket', 'bu_cket', 'bu cket'])('rejects %s', (name) => {
    expect(checkBucketName(name)).toBe(BUCKET_NAME_MESSAGE);
    expect(schemaMessage(bucketNameSchema, name)).toBe(BUCKET_NAME_MESSAGE);
  });
  it('requires a tracked bucket before checking its name (CTS.0210 before CTS.0231)', () => {
    expect(checkTrackedBucketName(undefined)).toBe(TRACKED_BUCKET_MISSING_MESSAGE);
    expect(checkTrackedBucketName('')).toBe(TRACKED_BUCKET_MISSING_MESSAGE);
    expect(checkTrackedBucketName('ab')).toBe(BUCKET_NAME_MESSAGE);
    expect(checkTrackedBucketName('abc')).toBeNull();
    expect(schemaMessage(trackedBucketNameSchema, '')).toBe(TRACKED_BUCKET_MISSING_MESSAGE);
  });
});

describe('file prefix (L1901)', () => {
  it.each(['', 'a', 'a'.repeat(64), 'yO8Q', 'trace.files_2024-01'])('accepts %s', (prefix) => {
    expect(checkFilePrefix(prefix)).toBeNull();
    expect(schemaMessage(filePrefixSchema, prefix)).toBeNull();
  });
  it.each(['a'.repeat(65), 'yO8Q ', 'a/b', 'préfixe'])('rejects %s', (prefix) => {
    expect(checkFilePrefix(prefix)).toBe(FILE_PREFIX_MESSAGE);
    expect(schemaMessage(filePrefixSchema, prefix)).toBe(FILE_PREFIX_MESSAGE);
  });
});

describe('bucket lifecycle and compression (L1907–1908)', () => {
  it.each([30, 60, 90, 180, 1095])('accepts %i days', (days) => {
    expect(checkBucketLifecycle(days)).toBeNull();
    expect(schemaMessage(bucketLifecycleSchema, days)).toBeNull();
  });
  it.each([0, 29, 31, 365, 1094, 1096])('rejects %i days', (days) => {
    expect(checkBucketLifecycle(days)).toBe(BUCKET_LIFECYCLE_MESSAGE);
    expect(schemaMessage(bucketLifecycleSchema, days)).toBe(BUCKET_LIFECYCLE_MESSAGE);
  });
  it('rejects a lifecycle that is not a number', () => {
    expect(schemaMessage(bucketLifecycleSchema, '30')).toBe(BUCKET_LIFECYCLE_MESSAGE);
  });
  it.each(['gzip', 'json'])('accepts compression %s', (type) => {
    expect(checkCompressType(type)).toBeNull();
  });
  it.each(['GZIP', 'zip', ''])('rejects compression %s', (type) => {
    expect(checkCompressType(type)).toBe(COMPRESS_TYPE_MESSAGE);
  });
});

describe('data events (L1917)', () => {
  it.each([[['READ']], [['WRITE']], [['WRITE', 'READ']]])('accepts %j', (events) => {
    expect(checkDataEvents(events)).toBeNull();
    expect(schemaMessage(dataEventsSchema, events)).toBeNull();
  });
  it('requires at least one event (CTS.0219)', () => {
    expect(checkDataEventsPresent(undefined)).toBe(DATA_EVENTS_MISSING_MESSAGE);
    expect(checkDataEventsPresent([])).toBe(DATA_EVENTS_MISSING_MESSAGE);
    expect(checkDataEvents(undefined)).toBe(DATA_EVENTS_MISSING_MESSAGE);
    expect(schemaMessage(dataEventsSchema, [])).toBe(DATA_EVENTS_MISSING_MESSAGE);
  });
  it('accepts only READ and WRITE (CTS.0225)', () => {
    expect(checkDataEventValues(['READ', 'DELETE'])).toBe(DATA_EVENT_VALUE_MESSAGE);
    expect(checkDataEventValues(['read'])).toBe(DATA_EVENT_VALUE_MESSAGE);
    expect(checkDataEvents(['DELETE'])).toBe(DATA_EVENT_VALUE_MESSAGE);
    expect(schemaMessage(dataEventsSchema, ['DELETE'])).toBe(DATA_EVENT_VALUE_MESSAGE);
  });
  it('rejects duplicates', () => {
    expect(checkDataEventsUnique(['READ', 'READ'])).toBe(DATA_EVENT_DUPLICATE_MESSAGE);
    expect(checkDataEventsUnique(['READ', 'WRITE'])).toBeNull();
    expect(schemaMessage(dataEventsSchema, ['WRITE', 'WRITE'])).toBe(DATA_EVENT_DUPLICATE_MESSAGE);
  });
});

describe('KMS key (L1884–1885)', () => {
  it('requires a key only when encryption is on (CTS.0221)', () => {
    expect(checkKmsIdPresent(true, undefined)).toBe(KMS_ID_MISSING_MESSAGE);
    expect(checkKmsIdPresent(true, '')).toBe(KMS_ID_MISSING_MESSAGE);
    expect(checkKmsIdPresent(true, KMS_ID)).toBeNull();
    expect(checkKmsIdPresent(false, undefined)).toBeNull();
  });
  it.each([KMS_ID, KMS_ID.toUpperCase(), '', '0c1b7d87-5186-411a-86ce-ed3b2ec848c9'])('accepts key id "%s"', (id) => {
    expect(checkKmsIdFormat(id)).toBeNull();
  });
  it.each([
    '13a4207c7abe4b68851016b84c3b5504',
    '13a4207c-7abe-4b68-8510-16b84c3b550',
    '13a4207c-7abe-4b68-8510-16b84c3b55044',
    '13a4207c-7abe-4b68-8510-16b84c3b550g',
    '------------------------------------',
  ])('rejects key id %s', (id) => {
    expect(checkKmsIdFormat(id)).toBe(KMS_ID_FORMAT_MESSAGE);
  });
  it('checks presence before format, and format even without encryption', () => {
    expect(checkKmsId(true, '')).toBe(KMS_ID_MISSING_MESSAGE);
    expect(checkKmsId(true, 'abc')).toBe(KMS_ID_FORMAT_MESSAGE);
    expect(checkKmsId(false, 'abc')).toBe(KMS_ID_FORMAT_MESSAGE);
    expect(checkKmsId(true, KMS_ID)).toBeNull();
  });
});

describe('agency and excluded services (L1890, L1895)', () => {
  it('accepts only cts_admin_trust', () => {
    expect(checkAgencyName('cts_admin_trust')).toBeNull();
    expect(checkAgencyName('cts_admin')).toBe(AGENCY_NAME_MESSAGE);
  });
  it('excludes only KMS', () => {
    expect(checkExcludeServices(['KMS'])).toBeNull();
    expect(checkExcludeServices([])).toBeNull();
    expect(checkExcludeServices(['KMS', 'ECS'])).toBe(EXCLUDE_SERVICE_MESSAGE);
    expect(checkExcludeServices(['kms'])).toBe(EXCLUDE_SERVICE_MESSAGE);
  });
});

describe('error codes', () => {
  it('maps each check to the code of the reference table', () => {
    expect(TRACKER_RULE_ERROR_CODES).toMatchObject({
      trackerType: 'CTS.0202',
      trackerNameFormat: 'CTS.0203',
      managementTrackerName: 'CTS.0204',
      dataTrackerNameSystem: 'CTS.0207',
      trackedBucketMissing: 'CTS.0210',
      filePrefix: 'CTS.0218',
      dataEventsMissing: 'CTS.0219',
      kmsIdMissing: 'CTS.0221',
      dataEventValue: 'CTS.0225',
      bucketName: 'CTS.0231',
    });
  });
});
