import type { Quota, TrackerType } from '@/api/contract/types';
import { isKnown } from '@/components/known-label';

const QUOTA_TYPE: Record<Quota['type'], TrackerType> = { system_tracker: 'system', data_tracker: 'data' };

/** Why a type cannot be created, from the quotas the API reports (`/quotas`, L2650), by type. */
export function unavailableTrackerTypes(quotas: readonly Quota[] | undefined): Partial<Record<TrackerType, string>> {
  const reasons: Partial<Record<TrackerType, string>> = {};
  for (const quota of quotas ?? []) {
    if (quota.used < quota.quota || !isKnown(QUOTA_TYPE, quota.type)) {
      continue;
    }
    const type = QUOTA_TYPE[quota.type];
    reasons[type] =
      type === 'system'
        ? `A management tracker already exists (${quota.used} of ${quota.quota}): configure it instead.`
        : `The data tracker quota is used up (${quota.used} of ${quota.quota}): delete a data tracker first.`;
  }
  return reasons;
}
