import { checkBucketName } from '@/api/rules/tracker-rules';
import { isFieldApplicable, type TrackerFormField, type TrackerFormValues } from './tracker-form-model';

/**
 * The form field each CTS tracker code concerns (L3579–3625). CTS.0231 names either bucket and is
 * resolved from the values; every other code (CTS.0003, 0200, 0201, 0216, 0217, 0220, 0300, 404
 * CTS.0214, faults) belongs at the top of the form.
 */
export const TRACKER_ERROR_FIELDS: Readonly<Record<string, TrackerFormField>> = {
  'CTS.0202': 'trackerType',
  'CTS.0203': 'trackerName',
  'CTS.0204': 'trackerName',
  'CTS.0207': 'trackerName',
  'CTS.0208': 'trackerName',
  'CTS.0206': 'trackedBucket',
  'CTS.0209': 'dataEvents',
  'CTS.0219': 'dataEvents',
  'CTS.0225': 'dataEvents',
  'CTS.0210': 'trackedBucket',
  'CTS.0211': 'trackedBucket',
  'CTS.0212': 'trackedBucket',
  'CTS.0213': 'transferBucket',
  'CTS.0215': 'transferBucket',
  'CTS.0218': 'filePrefix',
  'CTS.0221': 'kmsId',
  'CTS.0222': 'kmsId',
  'CTS.0228': 'organizationTracker',
  'CTS.0229': 'organizationTracker',
};

/** CTS.0231: the tracked bucket when that is the malformed one (data trackers), else the transfer bucket. */
function invalidBucketField(values: TrackerFormValues): TrackerFormField {
  return values.trackerType === 'data' && checkBucketName(values.trackedBucket) !== null ? 'trackedBucket' : 'transferBucket';
}

/** The field a CTS error code belongs to, from the mapping alone (null: the top of the form). */
export function fieldOfTrackerError(code: string, values: TrackerFormValues): TrackerFormField | null {
  if (code === 'CTS.0231') {
    return invalidBucketField(values);
  }
  return TRACKER_ERROR_FIELDS[code] ?? null;
}

/**
 * Where the form shows a rejection: on its field when that field is on screen, else at the top
 * (e.g. CTS.0206 names the tracked bucket, which a management tracker's form does not show).
 */
export function placeOfTrackerError(code: string, values: TrackerFormValues): TrackerFormField | 'top' {
  const field = fieldOfTrackerError(code, values);
  return field !== null && isFieldApplicable(field, values) ? field : 'top';
}
