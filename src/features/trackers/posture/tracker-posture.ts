import type { Tracker } from '@/api/contract/types';
import type { TrackerFormValues } from '@/features/trackers/model/tracker-form-model';

/** Days audit standards (China's MLPS 2.0 among them) require audit records to be kept at least. */
export const MIN_RETENTION_DAYS = 180;

export type PracticeId = 'enabled' | 'file-validation' | 'encryption' | 'lts' | 'transfer' | 'retention';

export interface PracticeCheck {
  id: PracticeId;
  label: string;
  met: boolean;
  /** Why it matters, and what is wrong when not met. */
  detail: string;
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
      label: 'Management tracker enabled',
      met: tracker.status === 'enabled',
      detail: tracker.status === 'enabled' ? 'Operations are being recorded.' : 'While it is disabled, no management operation is recorded: enable it from the list.',
    });
  }
  checks.push({
    id: 'file-validation',
    label: 'Trace file verification',
    met: tracker.is_support_validate,
    detail: 'Digest files prove that transferred trace files were not altered or deleted.',
    fix: { fileValidation: true },
  });
  if (management) {
    checks.push({
      id: 'encryption',
      label: 'KMS encryption of trace files',
      met: tracker.is_support_trace_files_encryption && Boolean(tracker.kms_id),
      detail: 'Trace files in OBS are encrypted with a KMS key you control.',
      fix: { transferToObs: true, encryption: true },
    });
  }
  checks.push({
    id: 'lts',
    label: 'Analysis in LTS',
    met: tracker.lts?.is_lts_enabled === true,
    detail: 'Traces are searchable and can raise alarms in Log Tank Service.',
    fix: { ltsEnabled: true },
  });
  checks.push({
    id: 'transfer',
    label: 'Transfer to OBS',
    met: transfer,
    detail: 'CTS itself keeps traces for 7 days only; an OBS bucket keeps them for as long as audits require.',
    fix: { transferToObs: true },
  });
  if (!management) {
    const days = tracker.obs_info?.bucket_lifecycle ?? 0;
    checks.push({
      id: 'retention',
      label: `Retention of at least ${MIN_RETENTION_DAYS} days`,
      met: transfer && days >= MIN_RETENTION_DAYS,
      detail: transfer
        ? `Trace files are kept ${days > 0 ? `${days} days` : 'with no retention set'}; MLPS 2.0 and most audit standards require ${MIN_RETENTION_DAYS} or more.`
        : `Needs a transfer bucket; MLPS 2.0 and most audit standards require ${MIN_RETENTION_DAYS} days or more.`,
      fix: { transferToObs: true, retentionDays: MIN_RETENTION_DAYS },
    });
  }
  return checks;
}

/** The fix of one practice, for the edit form's `?fix=` parameter; undefined when unknown or not applicable. */
export function postureFix(tracker: Tracker, id: string | null): PracticeCheck | undefined {
  return trackerPosture(tracker).find((check) => check.id === id && check.fix && !check.met);
}
