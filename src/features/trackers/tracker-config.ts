import type { TrackerErrorDetail, TrackerStatus, TrackerType } from '@/api/contract/types';
import { isKnown, knownLabel } from '@/components/known-label';
import type { MessageId, Translate } from '@/i18n/message-id';

export const TRACKER_TYPE_LABELS: Record<TrackerType, MessageId> = {
  system: 'trackers.type.system',
  data: 'trackers.type.data',
};

/** "Management tracker", "Data tracker": a type named as a tracker. */
export const TRACKER_TYPE_TRACKER_LABELS: Record<TrackerType, MessageId> = {
  system: 'trackers.typeTracker.system',
  data: 'trackers.typeTracker.data',
};

export const TRACKER_STATUS_LABELS: Record<TrackerStatus, MessageId> = {
  enabled: 'trackers.status.enabled',
  disabled: 'trackers.status.disabled',
  error: 'trackers.status.error',
};

/** What each abnormal-status `detail` means for the administrator (L1940, L2358). */
export const TRACKER_ERROR_DETAILS: Record<TrackerErrorDetail, MessageId> = {
  bucketPolicyError: 'trackers.errorDetail.bucketPolicyError',
  noBucket: 'trackers.errorDetail.noBucket',
  arrears: 'trackers.errorDetail.arrears',
};

/** The `detail` code in words, shown in place of the code (which the explanation still names). */
export const TRACKER_ERROR_DETAIL_WORDS: Record<TrackerErrorDetail, MessageId> = {
  bucketPolicyError: 'trackers.errorDetailWords.bucketPolicyError',
  noBucket: 'trackers.errorDetailWords.noBucket',
  arrears: 'trackers.errorDetailWords.arrears',
};

export const QUOTA_LABELS = {
  system_tracker: 'trackers.quota.system_tracker',
  data_tracker: 'trackers.quota.data_tracker',
} as const satisfies Record<string, MessageId>;

export const DATA_EVENT_LABELS = {
  READ: 'trackers.dataEvent.READ',
  WRITE: 'trackers.dataEvent.WRITE',
} as const satisfies Record<string, MessageId>;

export const COMPRESS_TYPE_LABELS = {
  gzip: 'trackers.compressType.gzip',
  json: 'trackers.compressType.json',
} as const satisfies Record<string, MessageId>;

/**
 * The label of a value the console knows, in the active language; a value it does not know (a
 * newer CTS may send one) verbatim, as `knownLabel` shows it.
 */
export function knownMessage<Value extends string>(t: Translate, labels: Readonly<Record<Value, MessageId>>, value: string | undefined): string {
  return isKnown(labels, value) ? t(labels[value]) : knownLabel(labels, value);
}

/** 0 is how CTS reports "no retention set" (L585, L1969). */
export function retentionLabel(t: Translate, days: number): string {
  if (days === 0) {
    return t('trackers.retention.notSet');
  }
  return days === 1095 ? t('trackers.retention.threeYears', { days }) : t('trackers.retention.days', { days });
}

/** The trace list filtered to a tracker's own CTS operations (createTracker, updateTracker, …). */
export function tracesOfTracker(trackerName: string): string {
  const query = new URLSearchParams({ service_type: 'CTS', resource_type: 'tracker', resource_name: trackerName, range: '1w' });
  return `/traces?${query.toString()}`;
}

export function trackerPath(trackerName: string): string {
  return `/trackers/${encodeURIComponent(trackerName)}`;
}

export const MANAGEMENT_NOT_DELETABLE: MessageId = 'trackers.managementNotDeletable';
