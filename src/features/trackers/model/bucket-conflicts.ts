import type { Tracker, DataEvent } from '@/api/contract/types';
import type { Message } from '@/i18n/message-id';

export interface BucketConflict {
  trackerName: string;
  events: DataEvent[];
}

/**
 * The data tracker that already records one of `events` on `bucket` (CTS allows one tracker per
 * operation type and bucket, CTS.0209), other than the tracker being edited.
 */
export function findBucketConflict(trackers: readonly Tracker[], bucket: string, events: readonly DataEvent[], self?: string): BucketConflict | null {
  for (const tracker of trackers) {
    const tracked = tracker.data_bucket;
    if (tracker.tracker_type !== 'data' || tracker.tracker_name === self || tracked?.data_bucket_name !== bucket) {
      continue;
    }
    const shared = (tracked.data_event ?? []).filter((event) => events.includes(event));
    if (shared.length > 0) {
      return { trackerName: tracker.tracker_name, events: shared };
    }
  }
  return null;
}

/** "finance-reads already records READ operations on finance-reports-2026." */
export function describeBucketConflict(conflict: BucketConflict, bucket: string): Message {
  const [first = '', ...rest] = conflict.events;
  if (rest.length === 0) {
    return { id: 'trackers.bucketConflict.one', values: { tracker: conflict.trackerName, event: first, bucket } };
  }
  // READ and WRITE are the only operation types: at most two.
  return { id: 'trackers.bucketConflict.two', values: { tracker: conflict.trackerName, first, second: rest.join(', '), bucket } };
}
