import type { Tracker } from '@/api/contract/types';
import type { Translate } from '@/i18n/message-id';
import { retentionLabel } from '@/features/trackers/tracker-config';

/** How the tracker's settings read in the table and on the detail page (plain text, never markup). */
export const yesNo = (t: Translate, value: boolean | undefined): string =>
  value === undefined ? '—' : value ? t('trackers.text.yes') : t('trackers.text.no');

export function trackedBucketText(_t: Translate, tracker: Tracker): string {
  return tracker.data_bucket?.data_bucket_name ?? '—';
}

export function trackedOperationsText(_t: Translate, tracker: Tracker): string {
  return tracker.data_bucket?.data_event.join(', ') || '—';
}

/** An `obs_info` CTS leaves out says no more than an empty bucket name: nothing is transferred. */
export function transferBucketText(t: Translate, tracker: Tracker): string {
  return tracker.obs_info?.bucket_name || t('trackers.text.notTransferred');
}

export function prefixAndRetentionText(t: Translate, tracker: Tracker): string {
  const obs = tracker.obs_info;
  if (!obs?.bucket_name) {
    return '—';
  }
  const prefix = obs.file_prefix_name || t('trackers.text.noPrefix');
  if (tracker.tracker_type !== 'data' || obs.bucket_lifecycle === undefined) {
    return prefix;
  }
  return `${prefix} · ${retentionLabel(t, obs.bucket_lifecycle)}`;
}

export function compressionText(_t: Translate, tracker: Tracker): string {
  return tracker.obs_info?.bucket_name ? (tracker.obs_info.compress_type ?? 'gzip') : '—';
}

/** Without an `lts` object CTS has not said whether trace analysis is on: "—", not "Off". */
export function ltsText(t: Translate, tracker: Tracker): string {
  const lts = tracker.lts;
  if (!lts || lts.is_lts_enabled === undefined) {
    return '—';
  }
  return lts.is_lts_enabled ? `${lts.log_group_name ?? '—'} / ${lts.log_topic_name ?? '—'}` : t('trackers.text.off');
}

export function encryptionText(t: Translate, tracker: Tracker): string {
  if (tracker.tracker_type === 'data') {
    return '—';
  }
  return tracker.is_support_trace_files_encryption ? t('trackers.text.kmsKey', { id: tracker.kms_id ?? '—' }) : t('trackers.text.off');
}

export function organizationText(t: Translate, tracker: Tracker): string {
  return tracker.tracker_type === 'data' ? '—' : yesNo(t, tracker.is_organization_tracker);
}
