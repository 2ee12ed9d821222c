import type { TrackerErrorDetail, TrackerStatus, TrackerType } from '@/api/contract/types';

export const TRACKER_TYPE_LABELS: Record<TrackerType, string> = {
  system: 'Management',
  data: 'Data',
};

export const TRACKER_STATUS_LABELS: Record<TrackerStatus, string> = {
  enabled: 'Enabled',
  disabled: 'Disabled',
  error: 'Error',
};

/** What each abnormal-status `detail` means for the administrator (L1940, L2358). */
export const TRACKER_ERROR_DETAILS: Record<TrackerErrorDetail, string> = {
  bucketPolicyError: 'CTS may not write to the transfer bucket: its bucket policy does not allow CTS.',
  noBucket: 'The transfer bucket no longer exists.',
  arrears: 'The account is in arrears, so traces are not transferred.',
};

export const QUOTA_LABELS = {
  system_tracker: 'Management trackers',
  data_tracker: 'Data trackers',
} as const;
