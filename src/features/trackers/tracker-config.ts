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

/** The `detail` code in words, shown in place of the code (which the explanation still names). */
export const TRACKER_ERROR_DETAIL_WORDS: Record<TrackerErrorDetail, string> = {
  bucketPolicyError: 'bucket policy error',
  noBucket: 'no bucket',
  arrears: 'arrears',
};

export const QUOTA_LABELS = {
  system_tracker: 'Management trackers',
  data_tracker: 'Data trackers',
} as const;

export const DATA_EVENT_LABELS = {
  READ: 'Read (READ)',
  WRITE: 'Write (WRITE)',
} as const;

export const COMPRESS_TYPE_LABELS = {
  gzip: 'gzip (compressed)',
  json: 'json (uncompressed)',
} as const;

/** 0 is how CTS reports "no retention set" (L585, L1969). */
export function retentionLabel(days: number): string {
  if (days === 0) {
    return 'Not set';
  }
  return days === 1095 ? '1095 days (3 years)' : `${days} days`;
}

/** The trace list filtered to a tracker's own CTS operations (createTracker, updateTracker, …). */
export function tracesOfTracker(trackerName: string): string {
  const query = new URLSearchParams({ service_type: 'CTS', resource_type: 'tracker', resource_name: trackerName, range: '1w' });
  return `/traces?${query.toString()}`;
}

export function trackerPath(trackerName: string): string {
  return `/trackers/${encodeURIComponent(trackerName)}`;
}

export const MANAGEMENT_NOT_DELETABLE =
  'The management tracker cannot be deleted: CTS deletes data trackers only. Disable it to stop its transfer.';
