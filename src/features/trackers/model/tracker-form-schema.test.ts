import { describe, expect, it } from 'vitest';
import { englishText } from '@/api/message-text';
import { TRACKER_RULE_MESSAGES as M } from '@/api/rules/tracker-rules';
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
    expect(messageOn('trackerType', { trackerType: 'other' as TrackerFormValues['trackerType'] })).toBe(englishText(M.trackerType));
  });

  it('names a management tracker system, and nothing else', () => {
    const system = defaultTrackerValues('system');
    expect(messageOn('trackerName', { trackerName: 'system' }, CREATE, system)).toBeNull();
    expect(messageOn('trackerName', { trackerName: 'audit' }, CREATE, system)).toBe(englishText(M.managementTrackerName));
  });

  it('checks a data tracker name: required, 1–64 characters, format, not system, unique', () => {
    expect(messageOn('trackerName', { trackerName: '' })).toBe(englishText(M.trackerName));
    expect(messageOn('trackerName', { trackerName: 'a' })).toBeNull();
    expect(messageOn('trackerName', { trackerName: 'a'.repeat(64) })).toBeNull();
    expect(messageOn('trackerName', { trackerName: 'a'.repeat(65) })).toBe(englishText(M.trackerName));
    expect(messageOn('trackerName', { trackerName: '9_x-y' })).toBeNull();
    expect(messageOn('trackerName', { trackerName: '_leading' })).toBe(englishText(M.trackerName));
    expect(messageOn('trackerName', { trackerName: '-leading' })).toBe(englishText(M.trackerName));
    expect(messageOn('trackerName', { trackerName: 'with space' })).toBe(englishText(M.trackerName));
    expect(messageOn('trackerName', { trackerName: 'dot.name' })).toBe(englishText(M.trackerName));
    expect(messageOn('trackerName', { trackerName: 'system' })).toBe(englishText(M.dataTrackerNameSystem));
    expect(messageOn('trackerName', { trackerName: 'finance-reads' })).toBe(trackerNameTakenMessage('finance-reads'));
    // Editing keeps the tracker's own (existing) name.
    expect(messageOn('trackerName', { trackerName: 'finance-reads' }, { ...CREATE, mode: 'edit' })).toBeNull();
  });

  it('checks the tracked bucket: required, 3–63 characters of [a-z0-9.-], starting with a letter or digit', () => {
    expect(messageOn('trackedBucket', { trackedBucket: '' })).toBe(englishText(M.trackedBucketMissing));
    expect(messageOn('trackedBucket', { trackedBucket: 'ab' })).toBe(englishText(M.bucketName));
    expect(messageOn('trackedBucket', { trackedBucket: 'abc' })).toBeNull();
    expect(messageOn('trackedBucket', { trackedBucket: 'a'.repeat(63) })).toBeNull();
    expect(messageOn('trackedBucket', { trackedBucket: 'a'.repeat(64) })).toBe(englishText(M.bucketName));
    expect(messageOn('trackedBucket', { trackedBucket: '0.b-c' })).toBeNull();
    expect(messageOn('trackedBucket', { trackedBucket: '-abc' })).toBe(englishText(M.bucketName));
    expect(messageOn('trackedBucket', { trackedBucket: '.abc' })).toBe(englishText(M.bucketName));
    expect(messageOn('trackedBucket', { trackedBucket: 'Abc' })).toBe(englishText(M.bucketName));
    expect(messageOn('trackedBucket', { trackedBucket: 'a_bc' })).toBe(englishText(M.bucketName));
  });

  it('requires at least one operation, READ and/or WRITE', () => {
    expect(messageOn('dataEvents', { dataEvents: [] })).toBe(englishText(M.dataEventsMissing));
    expect(messageOn('dataEvents', { dataEvents: ['WRITE'] })).toBeNull();
    expect(messageOn('dataEvents', { dataEvents: ['READ', 'WRITE'] })).toBeNull();
  });

  it('checks the transfer bucket with the same bucket rule, and not as the tracked bucket', () => {
    expect(messageOn('transferBucket', withTransfer({ transferBucket: '' }))).toBe(englishText(M.bucketName));
    expect(messageOn('transferBucket', withTransfer({ transferBucket: 'ab' }))).toBe(englishText(M.bucketName));
    expect(messageOn('transferBucket', withTransfer({ transferBucket: 'abc' }))).toBeNull();
    expect(messageOn('transferBucket', withTransfer({ transferBucket: 'b'.repeat(63) }))).toBeNull();
    expect(messageOn('transferBucket', withTransfer({ transferBucket: 'b'.repeat(64) }))).toBe(englishText(M.bucketName));
    expect(messageOn('transferBucket', withTransfer({ transferBucket: 'ml-training-data' }))).toBe(transferIsTrackedMessage());
    // Not transferring: the transfer fields do not apply.
    expect(messageOn('transferBucket', { transferToObs: false, transferBucket: 'x' })).toBeNull();
  });

  it('checks the file prefix: 0–64 of letters, digits, . _ -', () => {
    expect(messageOn('filePrefix', withTransfer({ filePrefix: '' }))).toBeNull();
    expect(messageOn('filePrefix', withTransfer({ filePrefix: 'A.b_c-9' }))).toBeNull();
    expect(messageOn('filePrefix', withTransfer({ filePrefix: 'p'.repeat(64) }))).toBeNull();
    expect(messageOn('filePrefix', withTransfer({ filePrefix: 'p'.repeat(65) }))).toBe(englishText(M.filePrefix));
    expect(messageOn('filePrefix', withTransfer({ filePrefix: 'a/b' }))).toBe(englishText(M.filePrefix));
  });

  it('offers retention of 30, 60, 90, 180 or 1095 days (or none) on data trackers', () => {
    for (const days of [0, 30, 60, 90, 180, 1095]) {
      expect(messageOn('retentionDays', withTransfer({ retentionDays: days }))).toBeNull();
    }
    expect(messageOn('retentionDays', withTransfer({ retentionDays: 31 }))).toBe(englishText(M.bucketLifecycle));
    expect(messageOn('retentionDays', withTransfer({ retentionDays: 365 }))).toBe(englishText(M.bucketLifecycle));
  });

  it('requires a well-formed KMS key when encryption is on (management tracker)', () => {
    const system = defaultTrackerValues('system');
    expect(messageOn('kmsId', { encryption: true, kmsId: '' }, CREATE, system)).toBe(englishText(M.kmsIdMissing));
    expect(messageOn('kmsId', { encryption: true, kmsId: 'not-a-key' }, CREATE, system)).toBe(englishText(M.kmsIdFormat));
    expect(messageOn('kmsId', { encryption: true, kmsId: '0f7c2a4e-6b1d-4c3e-8a9f-2d5b7e1c3a90' }, CREATE, system)).toBeNull();
    expect(messageOn('kmsId', { encryption: false, kmsId: 'ignored' }, CREATE, system)).toBeNull();
  });

  it('ignores the fields of the other type', () => {
    const system = { ...defaultTrackerValues('system'), trackedBucket: 'X', dataEvents: [] };
    expect(trackerFormSchema(CREATE).safeParse(system).success).toBe(true);
    expect(trackerFormSchema(CREATE).safeParse({ ...validData, encryption: true, kmsId: '' }).success).toBe(true);
  });
});
