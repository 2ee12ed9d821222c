import { describe, expect, it } from 'vitest';
import {
  BUCKET_LIFECYCLE_MESSAGE,
  BUCKET_NAME_MESSAGE,
  DATA_EVENTS_MISSING_MESSAGE,
  DATA_TRACKER_NAME_SYSTEM_MESSAGE,
  FILE_PREFIX_MESSAGE,
  KMS_ID_FORMAT_MESSAGE,
  KMS_ID_MISSING_MESSAGE,
  MANAGEMENT_TRACKER_NAME_MESSAGE,
  TRACKED_BUCKET_MISSING_MESSAGE,
  TRACKER_NAME_MESSAGE,
  TRACKER_TYPE_MESSAGE,
} from '@/api/rules/tracker-rules';
import { defaultTrackerValues, type TrackerFormField, type TrackerFormValues } from './tracker-form-model';
import { transferIsTrackedMessage, trackerFormSchema, trackerNameTakenMessage, type TrackerFormContext } from './tracker-form-schema';

const CREATE: TrackerFormContext = { mode: 'create', existingNames: ['system', 'finance-reads'] };

const validData: TrackerFormValues = {
  ...defaultTrackerValues('data'),
  trackerName: 'audit-reads',
  trackedBucket: 'ml-training-data',
  dataEvents: ['READ'],
};

/** The message the form shows on `field`, or null when the field passes. */
function messageOn(field: TrackerFormField, values: Partial<TrackerFormValues>, context = CREATE, base = validData): string | null {
  const result = trackerFormSchema(context).safeParse({ ...base, ...values });
  if (result.success) {
    return null;
  }
  return result.error.issues.find((issue) => issue.path[0] === field)?.message ?? null;
}

const withTransfer = (values: Partial<TrackerFormValues>): Partial<TrackerFormValues> => ({
  transferToObs: true,
  transferBucket: 'cts-transfer',
  ...values,
});

describe('the tracker form schema (rules from src/api/rules)', () => {
  it('accepts a complete data tracker and a default management tracker', () => {
    expect(trackerFormSchema(CREATE).safeParse(validData).success).toBe(true);
    expect(trackerFormSchema(CREATE).safeParse(defaultTrackerValues('system')).success).toBe(true);
  });

  it('accepts only the types system and data', () => {
    expect(messageOn('trackerType', { trackerType: 'data' })).toBeNull();
    expect(messageOn('trackerType', { trackerType: 'system' }, CREATE, defaultTrackerValues('system'))).toBeNull();
    expect(messageOn('trackerType', { trackerType: 'other' as TrackerFormValues['trackerType'] })).toBe(TRACKER_TYPE_MESSAGE);
  });

  it('names a management tracker system, and nothing else', () => {
    const system = defaultTrackerValues('system');
    expect(messageOn('trackerName', { trackerName: 'system' }, CREATE, system)).toBeNull();
    expect(messageOn('trackerName', { trackerName: 'audit' }, CREATE, system)).toBe(MANAGEMENT_TRACKER_NAME_MESSAGE);
  });

  it('checks a data tracker name: required, 1–64 characters, format, not system, unique', () => {
    expect(messageOn('trackerName', { trackerName: '' })).toBe(TRACKER_NAME_MESSAGE);
    expect(messageOn('trackerName', { trackerName: 'a' })).toBeNull();
    expect(messageOn('trackerName', { trackerName: 'a'.repeat(64) })).toBeNull();
    expect(messageOn('trackerName', { trackerName: 'a'.repeat(65) })).toBe(TRACKER_NAME_MESSAGE);
    expect(messageOn('trackerName', { trackerName: '9_x-y' })).toBeNull();
    expect(messageOn('trackerName', { trackerName: '_leading' })).toBe(TRACKER_NAME_MESSAGE);
    expect(messageOn('trackerName', { trackerName: '-leading' })).toBe(TRACKER_NAME_MESSAGE);
    expect(messageOn('trackerName', { trackerName: 'with space' })).toBe(TRACKER_NAME_MESSAGE);
    expect(messageOn('trackerName', { trackerName: 'dot.name' })).toBe(TRACKER_NAME_MESSAGE);
    expect(messageOn('trackerName', { trackerName: 'system' })).toBe(DATA_TRACKER_NAME_SYSTEM_MESSAGE);
    expect(messageOn('trackerName', { trackerName: 'finance-reads' })).toBe(trackerNameTakenMessage('finance-reads'));
    // Editing keeps the tracker's own (existing) name.
    expect(messageOn('trackerName', { trackerName: 'finance-reads' }, { ...CREATE, mode: 'edit' })).toBeNull();
  });

  it('checks the tracked bucket: required, 3–63 characters of [a-z0-9.-], starting with a letter or digit', () => {
    expect(messageOn('trackedBucket', { trackedBucket: '' })).toBe(TRACKED_BUCKET_MISSING_MESSAGE);
    expect(messageOn('trackedBucket', { trackedBucket: 'ab' })).toBe(BUCKET_NAME_MESSAGE);
    expect(messageOn('trackedBucket', { trackedBucket: 'abc' })).toBeNull();
    expect(messageOn('trackedBucket', { trackedBucket: 'a'.repeat(63) })).toBeNull();
    expect(messageOn('trackedBucket', { trackedBucket: 'a'.repeat(64) })).toBe(BUCKET_NAME_MESSAGE);
    expect(messageOn('trackedBucket', { trackedBucket: '0.b-c' })).toBeNull();
    expect(messageOn('trackedBucket', { trackedBucket: '-abc' })).toBe(BUCKET_NAME_MESSAGE);
    expect(messageOn('trackedBucket', { trackedBucket: '.abc' })).toBe(BUCKET_NAME_MESSAGE);
    expect(messageOn('trackedBucket', { trackedBucket: 'Abc' })).toBe(BUCKET_NAME_MESSAGE);
    expect(messageOn('trackedBucket', { trackedBucket: 'a_bc' })).toBe(BUCKET_NAME_MESSAGE);
  });

  it('requires at least one operation, READ and/or WRITE', () => {
    expect(messageOn('dataEvents', { dataEvents: [] })).toBe(DATA_EVENTS_MISSING_MESSAGE);
    expect(messageOn('dataEvents', { dataEvents: ['WRITE'] })).toBeNull();
    expect(messageOn('dataEvents', { dataEvents: ['READ', 'WRITE'] })).toBeNull();
  });

  it('checks the transfer bucket with the same bucket rule, and not as the tracked bucket', () => {
    expect(messageOn('transferBucket', withTransfer({ transferBucket: '' }))).toBe(BUCKET_NAME_MESSAGE);
    expect(messageOn('transferBucket', withTransfer({ transferBucket: 'ab' }))).toBe(BUCKET_NAME_MESSAGE);
    expect(messageOn('transferBucket', withTransfer({ transferBucket: 'abc' }))).toBeNull();
    expect(messageOn('transferBucket', withTransfer({ transferBucket: 'b'.repeat(63) }))).toBeNull();
    expect(messageOn('transferBucket', withTransfer({ transferBucket: 'b'.repeat(64) }))).toBe(BUCKET_NAME_MESSAGE);
    expect(messageOn('transferBucket', withTransfer({ transferBucket: 'ml-training-data' }))).toBe(transferIsTrackedMessage());
    // Not transferring: the transfer fields do not apply.
    expect(messageOn('transferBucket', { transferToObs: false, transferBucket: 'x' })).toBeNull();
  });

  it('checks the file prefix: 0–64 of letters, digits, . _ -', () => {
    expect(messageOn('filePrefix', withTransfer({ filePrefix: '' }))).toBeNull();
    expect(messageOn('filePrefix', withTransfer({ filePrefix: 'A.b_c-9' }))).toBeNull();
    expect(messageOn('filePrefix', withTransfer({ filePrefix: 'p'.repeat(64) }))).toBeNull();
    expect(messageOn('filePrefix', withTransfer({ filePrefix: 'p'.repeat(65) }))).toBe(FILE_PREFIX_MESSAGE);
    expect(messageOn('filePrefix', withTransfer({ filePrefix: 'a/b' }))).toBe(FILE_PREFIX_MESSAGE);
  });

  it('offers retention of 30, 60, 90, 180 or 1095 days (or none) on data trackers', () => {
    for (const days of [0, 30, 60, 90, 180, 1095]) {
      expect(messageOn('retentionDays', withTransfer({ retentionDays: days }))).toBeNull();
    }
    expect(messageOn('retentionDays', withTransfer({ retentionDays: 31 }))).toBe(BUCKET_LIFECYCLE_MESSAGE);
    expect(messageOn('retentionDays', withTransfer({ retentionDays: 365 }))).toBe(BUCKET_LIFECYCLE_MESSAGE);
  });

  it('requires a well-formed KMS key when encryption is on (management tracker)', () => {
    const system = defaultTrackerValues('system');
    expect(messageOn('kmsId', { encryption: true, kmsId: '' }, CREATE, system)).toBe(KMS_ID_MISSING_MESSAGE);
    expect(messageOn('kmsId', { encryption: true, kmsId: 'not-a-key' }, CREATE, system)).toBe(KMS_ID_FORMAT_MESSAGE);
    expect(messageOn('kmsId', { encryption: true, kmsId: '0f7c2a4e-6b1d-4c3e-8a9f-2d5b7e1c3a90' }, CREATE, system)).toBeNull();
    expect(messageOn('kmsId', { encryption: false, kmsId: 'ignored' }, CREATE, system)).toBeNull();
  });

  it('ignores the fields of the other type', () => {
    const system = { ...defaultTrackerValues('system'), trackedBucket: 'X', dataEvents: [] };
    expect(trackerFormSchema(CREATE).safeParse(system).success).toBe(true);
    expect(trackerFormSchema(CREATE).safeParse({ ...validData, encryption: true, kmsId: '' }).success).toBe(true);
  });
});
