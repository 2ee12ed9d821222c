import type { Notification } from '@/api/contract/types';

/** Why a notification can never send anything, whatever is recorded; empty when it can. */
export function neverFiresReasons(notification: Notification): string[] {
  const reasons: string[] = [];
  if (!notification.topic_id) {
    reasons.push(notification.notification_type === 'fun' ? 'no function to call' : 'no SMN topic to publish to');
  }
  if (notification.operation_type === 'customized' && !(notification.operations ?? []).some((operation) => operation.trace_names.length > 0)) {
    reasons.push('custom operations chosen, but none listed');
  }
  return reasons;
}
