import type { Quota, TrackerType } from '@/api/contract/types';
import { isKnown } from '@/components/known-label';
import type { Message } from '@/i18n/message-id';

const QUOTA_TYPE: Record<Quota['type'], TrackerType> = { system_tracker: 'system', data_tracker: 'data' };

/** Why a type cannot be created, from the quotas the API reports (`/quotas`, L2650), by type. */
export function unavailableTrackerTypes(quotas: readonly Quota[] | undefined): Partial<Record<TrackerType, Message>> {
  const reasons: Partial<Record<TrackerType, Message>> = {};
  for (const quota of quotas ?? []) {
    if (quota.used < quota.quota || !isKnown(QUOTA_TYPE, quota.type)) {
      continue;
    }
    const type = QUOTA_TYPE[quota.type];
    reasons[type] = {
      id: type === 'system' ? 'trackers.quota.systemFull' : 'trackers.quota.dataFull',
      values: { used: quota.used, quota: quota.quota },
    };
  }
  return reasons;
}
