import { describe, expect, it } from 'vitest';
import type { z } from '@/api/zod';
import { activeText, englishText } from '@/api/message-text';
import {
  TRACKER_RULE_ERROR_CODES,
  TRACKER_RULE_MESSAGES as M,
  agencyNameIssue,
  bucketLifecycleIssue,
  bucketLifecycleSchema,
  bucketNameSchema,
  checkBucketName,
  checkKmsId,
  compressTypeIssue,
  dataEventValuesIssue,
  dataEventsIssue,
  dataEventsPresentIssue,
  dataEventsSchema,
  dataEventsUniqueIssue,
  dataTrackerNameIssue,
  dataTrackerNameSchema,
  excludeServicesIssue,
  filePrefixIssue,
  filePrefixSchema,
  kmsIdFormatIssue,
  kmsIdPresentIssue,
  managementTrackerNameIssue,
  managementTrackerNameSchema,
  trackedBucketNameIssue,
  trackedBucketNameSchema,
  trackerNameFormatIssue,
  trackerStatusIssue,
  trackerTypeIssue,
  trackerTypeSchema,
} from './tracker-rules';

const KMS_ID = '13a4207c-7abe-4b68-8510-16b84c3b5504';

function schemaMessage(schema: z.ZodType, value: unknown): string | null {
  const result = schema.safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? 'no message');
}

describe('tracker type and status', () => {
  it.each(['system', 'data'])('accepts tracker type %s', (type) => {
    expect(activeText(trackerTypeIssue(type))).toBeNull();
    expect(schemaMessage(trackerTypeSchema, type)).toBeNull();
  });
  it.each([undefined, '', 'System', 'org'])('rejects tracker type %s', (type) => {
    expect(activeText(trackerTypeIssue(type))).toBe(englishText(M.trackerType));
  });
  it('reports the same message from the schema', () => {
    expect(schemaMessage(trackerTypeSchema, 'org')).toBe(englishText(M.trackerType));
  });
  it.each(['enabled', 'disabled'])('accepts status %s', (status) => {
    expect(activeText(trackerStatusIssue(status))).toBeNull();
  });
  it.each(['error', 'ENABLED', ''])('rejects status %s, which cannot be set', (status) => {
    expect(activeText(trackerStatusIssue(status))).toBe(englishText(M.trackerStatus));
  });
});

describe('tracker name (choice 24)', () => {
  it.each(['a', '1', 'a'.repeat(64), 'data-tracker_01', '9Z'])('accepts %s', (name) => {
    expect(activeText(trackerNameFormatIssue(name))).toBeNull();
    expect(activeText(dataTrackerNameIssue(name))).toBeNull();
    expect(schemaMessage(dataTrackerNameSchema, name)).toBeNull();
  });
  it.each(['', 'a'.repeat(65), '-tracker', '_tracker', 'has space', 'dot.name', 'ünïcode'])('rejects %s', (name) => {
    expect(activeText(trackerNameFormatIssue(name))).toBe(englishText(M.trackerName));
    expect(schemaMessage(dataTrackerNameSchema, name)).toBe(englishText(M.trackerName));
  });
  it('reserves "system" for the management tracker, before the format check', () => {
    expect(activeText(dataTrackerNameIssue('system'))).toBe(englishText(M.dataTrackerNameSystem));
    expect(schemaMessage(dataTrackerNameSchema, 'system')).toBe(englishText(M.dataTrackerNameSystem));
    expect(activeText(dataTrackerNameIssue('system1'))).toBeNull();
  });
  it('requires the management tracker to be named system', () => {
    expect(activeText(managementTrackerNameIssue('system'))).toBeNull();
    expect(activeText(managementTrackerNameIssue('System'))).toBe(englishText(M.managementTrackerName));
    expect(schemaMessage(managementTrackerNameSchema, 'tracker')).toBe(englishText(M.managementTrackerName));
  });
});

describe('OBS bucket name (L1900)', () => {
  it.each(['abc', 'a'.repeat(63), '0bucket', 'my.bucket-1', 'a..b', 'abc-'])('accepts %s', (name) => {
    expect(checkBucketName(name)).toBeNull();
    expect(schemaMessage(bucketNameSchema, name)).toBeNull();
  });
  it.each(['', 'ab', 'a'.repeat(64), 'Bucket', '-bucket', '.bucket', 'bu_cket', 'bu cket'])('rejects %s', (name) => {
    expect(checkBucketName(name)).toBe(englishText(M.bucketName));
    expect(schemaMessage(bucketNameSchema, name)).toBe(englishText(M.bucketName));
  });
  it('requires a tracked bucket before checking its name (CTS.0210 before CTS.0231)', () => {
    expect(activeText(trackedBucketNameIssue(undefined))).toBe(englishText(M.trackedBucketMissing));
    expect(activeText(trackedBucketNameIssue(''))).toBe(englishText(M.trackedBucketMissing));
    expect(activeText(trackedBucketNameIssue('ab'))).toBe(englishText(M.bucketName));
    expect(activeText(trackedBucketNameIssue('abc'))).toBeNull();
    expect(schemaMessage(trackedBucketNameSchema, '')).toBe(englishText(M.trackedBucketMissing));
  });
});

describe('file prefix (L1901)', () => {
  it.each(['', 'a', 'a'.repeat(64), 'yO8Q', 'trace.files_2024-01'])('accepts %s', (prefix) => {
    expect(activeText(filePrefixIssue(prefix))).toBeNull();
    expect(schemaMessage(filePrefixSchema, prefix)).toBeNull();
  });
  it.each(['a'.repeat(65), 'yO8Q ', 'a/b', 'préfixe'])('rejects %s', (prefix) => {
    expect(activeText(filePrefixIssue(prefix))).toBe(englishText(M.filePrefix));
    expect(schemaMessage(filePrefixSchema, prefix)).toBe(englishText(M.filePrefix));
  });
});

describe('bucket lifecycle and compression (L1907–1908)', () => {
  it.each([30, 60, 90, 180, 1095])('accepts %i days', (days) => {
    expect(activeText(bucketLifecycleIssue(days))).toBeNull();
    expect(schemaMessage(bucketLifecycleSchema, days)).toBeNull();
  });
  it.each([0, 29, 31, 365, 1094, 1096])('rejects %i days', (days) => {
    expect(activeText(bucketLifecycleIssue(days))).toBe(englishText(M.bucketLifecycle));
    expect(schemaMessage(bucketLifecycleSchema, days)).toBe(englishText(M.bucketLifecycle));
  });
  it('rejects a lifecycle that is not a number', () => {
    expect(schemaMessage(bucketLifecycleSchema, '30')).toBe(englishText(M.bucketLifecycle));
  });
  it.each(['gzip', 'json'])('accepts compression %s', (type) => {
    expect(activeText(compressTypeIssue(type))).toBeNull();
  });
  it.each(['GZIP', 'zip', ''])('rejects compression %s', (type) => {
    expect(activeText(compressTypeIssue(type))).toBe(englishText(M.compressType));
  });
});

describe('data events (L1917)', () => {
  it.each([[['READ']], [['WRITE']], [['WRITE', 'READ']]])('accepts %j', (events) => {
    expect(activeText(dataEventsIssue(events))).toBeNull();
    expect(schemaMessage(dataEventsSchema, events)).toBeNull();
  });
  it('requires at least one event (CTS.0219)', () => {
    expect(activeText(dataEventsPresentIssue(undefined))).toBe(englishText(M.dataEventsMissing));
    expect(activeText(dataEventsPresentIssue([]))).toBe(englishText(M.dataEventsMissing));
    expect(activeText(dataEventsIssue(undefined))).toBe(englishText(M.dataEventsMissing));
    expect(schemaMessage(dataEventsSchema, [])).toBe(englishText(M.dataEventsMissing));
  });
  it('accepts only READ and WRITE (CTS.0225)', () => {
    expect(activeText(dataEventValuesIssue(['READ', 'DELETE']))).toBe(englishText(M.dataEventValue));
    expect(activeText(dataEventValuesIssue(['read']))).toBe(englishText(M.dataEventValue));
    expect(activeText(dataEventsIssue(['DELETE']))).toBe(englishText(M.dataEventValue));
    expect(schemaMessage(dataEventsSchema, ['DELETE'])).toBe(englishText(M.dataEventValue));
  });
  it('rejects duplicates', () => {
    expect(activeText(dataEventsUniqueIssue(['READ', 'READ']))).toBe(englishText(M.dataEventDuplicate));
    expect(activeText(dataEventsUniqueIssue(['READ', 'WRITE']))).toBeNull();
    expect(schemaMessage(dataEventsSchema, ['WRITE', 'WRITE'])).toBe(englishText(M.dataEventDuplicate));
  });
});

describe('KMS key (L1884–1885)', () => {
  it('requires a key only when encryption is on (CTS.0221)', () => {
    expect(activeText(kmsIdPresentIssue(true, undefined))).toBe(englishText(M.kmsIdMissing));
    expect(activeText(kmsIdPresentIssue(true, ''))).toBe(englishText(M.kmsIdMissing));
    expect(activeText(kmsIdPresentIssue(true, KMS_ID))).toBeNull();
    expect(activeText(kmsIdPresentIssue(false, undefined))).toBeNull();
  });
  it.each([KMS_ID, KMS_ID.toUpperCase(), '', '0c1b7d87-5186-411a-86ce-ed3b2ec848c9'])('accepts key id "%s"', (id) => {
    expect(activeText(kmsIdFormatIssue(id))).toBeNull();
  });
  it.each([
    '13a4207c7abe4b68851016b84c3b5504',
    '13a4207c-7abe-4b68-8510-16b84c3b550',
    '13a4207c-7abe-4b68-8510-16b84c3b55044',
    '13a4207c-7abe-4b68-8510-16b84c3b550g',
    '------------------------------------',
  ])('rejects key id %s', (id) => {
    expect(activeText(kmsIdFormatIssue(id))).toBe(englishText(M.kmsIdFormat));
  });
  it('checks presence before format, and format even without encryption', () => {
    expect(checkKmsId(true, '')).toBe(englishText(M.kmsIdMissing));
    expect(checkKmsId(true, 'abc')).toBe(englishText(M.kmsIdFormat));
    expect(checkKmsId(false, 'abc')).toBe(englishText(M.kmsIdFormat));
    expect(checkKmsId(true, KMS_ID)).toBeNull();
  });
});

describe('agency and excluded services (L1890, L1895)', () => {
  it('accepts only cts_admin_trust', () => {
    expect(activeText(agencyNameIssue('cts_admin_trust'))).toBeNull();
    expect(activeText(agencyNameIssue('cts_admin'))).toBe(englishText(M.agencyName));
  });
  it('excludes only KMS', () => {
    expect(activeText(excludeServicesIssue(['KMS']))).toBeNull();
    expect(activeText(excludeServicesIssue([]))).toBeNull();
    expect(activeText(excludeServicesIssue(['KMS', 'ECS']))).toBe(englishText(M.excludeService));
    expect(activeText(excludeServicesIssue(['kms']))).toBe(englishText(M.excludeService));
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
