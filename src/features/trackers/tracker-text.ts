import type { Tracker } from '@/api/contract/types';
import { retentionLabel } from '@/features/trackers/tracker-config';

/** How the tracker's settings read in the table and on the detail page (plain text, never markup). */
export const yesNo = (value: boolean | undefined): string => (value === undefined ? '—' : value ? 'Yes' : 'No');

export function trackedBucketText(tracker: Tracker): string {
  return tracker.data_bucket?.data_bucket_name ?? '—';
}

export function trackedOperationsText(tracker: Tracker): string {
  return tracker.data_bucket?.data_event.join(', ') || '—';
}

/** An `obs_info` CTS leaves out says no more than an empty bucket name: nothing is transferred. */
export function transferBucketText(tracker: Tracker): string {
  return tracker.obs_info?.bucket_name || 'Not transferred';
}

export function prefixAndRetentionText(tracker: Tracker): string {
  const obs = tracker.obs_info;
  if (!obs?.bucket_name) {
    return '—';
  }
  const prefix = obs.file_prefix_name || 'No prefix';
  if (tracker.tracker_type !== 'data' || obs.bucket_lifecycle === undefined) {
    return prefix;
  }
  return `${prefix} · ${retentionLabel(obs.bucket_lifecycle)}`;
}

export function compressionText(tracker: Tracker): string {
  return tracker.obs_info?.bucket_name ? (tracker.obs_info.compress_type ?? 'gzip') : '—';
}

/** Without an `lts` object CTS has not said whether trace analysis is on: "—", not "Off". */
export function ltsText(tracker: Tracker): string {
  const lts = tracker.lts;
  if (!lts || lts.is_lts_enabled === undefined) {
    return '—';
  }
  return lts.is_lts_enabled ? `${lts.log_group_name ?? '—'} / ${lts.log_topic_name ?? '—'}` : 'Off';
}

export function encryptionText(tracker: Tracker): string {
  if (tracker.tracker_type === 'data') {
    return '—';
  }
  return tracker.is_support_trace_files_encryption ? `KMS key ${tracker.kms_id ?? '—'}` : 'Off';
}

export function organizationText(tracker: Tracker): string {
  return tracker.tracker_type === 'data' ? '—' : yesNo(tracker.is_organization_tracker);
}
