import { describe, expect, it } from 'vitest';
import { defaultTrackerValues, type TrackerFormValues } from './tracker-form-model';
import { fieldOfTrackerError, placeOfTrackerError } from './server-error-field';

const data: TrackerFormValues = {
  ...defaultTrackerValues('data'),
  trackerName: 'audit',
  trackedBucket: 'hr-archive',
  dataEvents: ['READ'],
  transferToObs: true,
  transferBucket: 'new-transfer',
};
const system: TrackerFormValues = { ...defaultTrackerValues('system'), transferToObs: true, transferBucket: 'x-bucket', encryption: true };

describe('CTS error code → form field', () => {
  it.each([
    ['CTS.0202', 'trackerType'],
    ['CTS.0203', 'trackerName'],
    ['CTS.0204', 'trackerName'],
    ['CTS.0207', 'trackerName'],
    ['CTS.0208', 'trackerName'],
    ['CTS.0206', 'trackedBucket'],
    ['CTS.0209', 'dataEvents'],
    ['CTS.0219', 'dataEvents'],
    ['CTS.0225', 'dataEvents'],
    ['CTS.0210', 'trackedBucket'],
    ['CTS.0211', 'trackedBucket'],
    ['CTS.0212', 'trackedBucket'],
    ['CTS.0213', 'transferBucket'],
    ['CTS.0215', 'transferBucket'],
    ['CTS.0218', 'filePrefix'],
    ['CTS.0221', 'kmsId'],
    ['CTS.0222', 'kmsId'],
    ['CTS.0228', 'organizationTracker'],
    ['CTS.0229', 'organizationTracker'],
  ])('%s → %s', (code, field) => {
    expect(fieldOfTrackerError(code, data)).toBe(field);
  });

  it.each(['CTS.0003', 'CTS.0200', 'CTS.0201', 'CTS.0216', 'CTS.0217', 'CTS.0220', 'CTS.0300', 'CTS.0214', 'CTS.0004', 'NETWORK'])(
    '%s → top of the form',
    (code) => {
      expect(fieldOfTrackerError(code, data)).toBeNull();
      expect(placeOfTrackerError(code, data)).toBe('top');
    },
  );

  it('puts CTS.0231 on the bucket that is malformed', () => {
    expect(fieldOfTrackerError('CTS.0231', data)).toBe('transferBucket');
    expect(fieldOfTrackerError('CTS.0231', { ...data, trackedBucket: 'Bad_Bucket' })).toBe('trackedBucket');
    expect(fieldOfTrackerError('CTS.0231', system)).toBe('transferBucket');
  });

  it('falls back to the top when the field is not on screen for this type', () => {
    expect(placeOfTrackerError('CTS.0209', data)).toBe('dataEvents');
    expect(placeOfTrackerError('CTS.0206', system)).toBe('top');
    expect(placeOfTrackerError('CTS.0221', system)).toBe('kmsId');
    expect(placeOfTrackerError('CTS.0221', { ...system, encryption: false })).toBe('top');
    expect(placeOfTrackerError('CTS.0228', data)).toBe('top');
  });
});
