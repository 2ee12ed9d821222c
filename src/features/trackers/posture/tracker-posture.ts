import type { Tracker } from '@/api/contract/types';
import type { TrackerFormValues } from '@/features/trackers/model/tracker-form-model';
import type { Message } from '@/i18n/message-id';

/** Days audit standards (China's MLPS 2.0 among them) require audit records to be kept at least. */
export const MIN_RETENTION_DAYS = 180;

export type PracticeId = 'enabled' | 'file-validation' | 'encryption' | 'lts' | 'transfer' | 'retention';

export interface PracticeCheck {
  id: PracticeId;
  label: Message;
  met: boolean;
  /** Why it matters, and what is wrong when not met. */
  detail: Message;
  /** The change that meets it, made in the edit form (not saved); none when the fix is elsewhere. */
  fix?: Partial<TrackerFormValues>;
}

/** A tracker rated against practice for audit logs; checks that do not apply to its type are left out. */
export function trackerPosture(tracker: Tracker): PracticeCheck[] {
  const management = tracker.tracker_type === 'system';
  const transfer = Boolean(tracker.obs_info?.bucket_name);
  const checks: PracticeCheck[] = [];
  if (management) {
    checks.push({
      id: 'enabled',
      label: { id: 'trackers.posture.enabled.label' },
      met: tracker.status === 'enabled',
      detail: { id: tracker.status === 'enabled' ? 'trackers.posture.enabled.met' : 'trackers.posture.enabled.unmet' },
    });
  }
  checks.push({
    id: 'file-validation',
    label: { id: 'trackers.posture.fileValidation.label' },
    met: tracker.is_support_validate,
    detail: { id: 'trackers.posture.fileValidation.detail' },
    fix: { fileValidation: true },
  });
  if (management) {
    checks.push({
      id: 'encryption',
      label: { id: 'trackers.posture.encryption.label' },
      met: tracker.is_support_trace_files_encryption && Boolean(tracker.kms_id),
      detail: { id: 'trackers.posture.encryption.detail' },
      fix: { transferToObs: true, encryption: true },
    });
  }
  checks.push({
    id: 'lts',
    label: { id: 'trackers.posture.lts.label' },
    met: tracker.lts?.is_lts_enabled === true,
    detail: { id: 'trackers.posture.lts.detail' },
    fix: { ltsEnabled: true },
  });
  checks.push({
    id: 'transfer',
    label: { id: 'trackers.posture.transfer.label' },
    met: transfer,
    detail: { id: 'trackers.posture.transfer.detail' },
    fix: { transferToObs: true },
  });
  if (!management) {
    const days = tracker.obs_info?.bucket_lifecycle ?? 0;
    checks.push({
      id: 'retention',
      label: { id: 'trackers.posture.retention.label', values: { days: MIN_RETENTION_DAYS } },
      met: transfer && days >= MIN_RETENTION_DAYS,
      detail: !transfer
        ? { id: 'trackers.posture.retention.noTransfer', values: { min: MIN_RETENTION_DAYS } }
        : days > 0
          ? { id: 'trackers.posture.retention.kept', values: { days, min: MIN_RETENTION_DAYS } }
          : { id: 'trackers.posture.retention.unset', values: { min: MIN_RETENTION_DAYS } },
      fix: { transferToObs: true, retentionDays: MIN_RETENTION_DAYS },
    });
  }
  return checks;
}

/** The fix of one practice, for the edit form's `?fix=` parameter; undefined when unknown or not applicable. */
export function postureFix(tracker: Tracker, id: string | null): PracticeCheck | undefined {
  return trackerPosture(tracker).find((check) => check.id === id && check.fix && !check.met);
}
