import { describe, expect, it } from 'vitest';
import type { Tracker } from '@/api/contract/types';
import { postureFix, trackerPosture } from '@/features/trackers/posture/tracker-posture';

const management: Tracker = {
  id: 'm-1',
  create_time: 0,
  tracker_type: 'system',
  tracker_name: 'system',
  domain_id: 'd',
  project_id: 'p',
  status: 'enabled',
  is_support_validate: true,
  is_support_trace_files_encryption: true,
  kms_id: 'key-1',
  lts: { is_lts_enabled: true, log_group_name: 'CTS', log_topic_name: 'system-trace' },
  obs_info: { bucket_name: 'audit', file_prefix_name: '', bucket_lifecycle: 0 },
} as Tracker;

const unmet = (tracker: Tracker) => trackerPosture(tracker).filter((check) => !check.met).map((check) => check.id);

describe('tracker posture', () => {
  it('finds nothing missing on a management tracker that follows every practice', () => {
    expect(trackerPosture(management).map((check) => check.id)).toEqual(['enabled', 'file-validation', 'encryption', 'lts', 'transfer']);
    expect(unmet(management)).toEqual([]);
  });

  it('names each practice a management tracker misses', () => {
    const lax = { ...management, status: 'disabled', is_support_validate: false, kms_id: undefined, lts: { ...management.lts, is_lts_enabled: false } } as Tracker;
    expect(unmet(lax)).toEqual(['enabled', 'file-validation', 'encryption', 'lts']);
    expect(unmet({ ...management, obs_info: { bucket_name: '', file_prefix_name: '', bucket_lifecycle: 0 } } as Tracker)).toEqual(['transfer']);
  });

  it('asks a data tracker for a retention of 180 days or more, and offers the form change that gives it', () => {
    const data = { ...management, tracker_type: 'data', tracker_name: 'reads', obs_info: { bucket_name: 'audit', file_prefix_name: '', bucket_lifecycle: 90 } } as Tracker;
    expect(unmet(data)).toEqual(['retention']);
    expect(postureFix(data, 'retention')?.fix).toEqual({ transferToObs: true, retentionDays: 180 });
    expect(unmet({ ...data, obs_info: { ...data.obs_info, bucket_lifecycle: 1095 } } as Tracker)).toEqual([]);
  });

  it('has no fix for a practice already met, an unknown one, or enabling (done from the list)', () => {
    expect(postureFix(management, 'lts')).toBeUndefined();
    expect(postureFix(management, 'nonsense')).toBeUndefined();
    expect(postureFix({ ...management, status: 'disabled' } as Tracker, 'enabled')).toBeUndefined();
  });
});
