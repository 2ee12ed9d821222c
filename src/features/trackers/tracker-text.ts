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

export function transferBucketText(tracker: Tracker): string {
  return tracker.obs_info.bucket_name || 'Not transferred';
}

export function prefixAndRetentionText(tracker: Tracker): string {
  if (!tracker.obs_info.bucket_name) {
    return '—';
  }
  const prefix = tracker.obs_info.file_prefix_name || 'No prefix';
  return tracker.tracker_type === 'data' ? `${prefix} · ${retentionLabel(tracker.obs_info.bucket_lifecycle)}` : prefix;
}

export function compressionText(tracker: Tracker): string {
  return tracker.obs_info.bucket_name ? (tracker.obs_info.compress_type ?? 'gzip') : '—';
}

export function ltsText(tracker: Tracker): string {
  return tracker.lts.is_lts_enabled ? `${tracker.lts.log_group_name} / ${tracker.lts.log_topic_name}` : 'Off';
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
