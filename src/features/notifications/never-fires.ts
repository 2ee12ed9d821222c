import type { Notification } from '@/api/contract/types';
import { translate } from '@/i18n/i18n';
import type { Translate } from '@/i18n/message-id';

/**
 * Why a notification can never send anything, whatever is recorded; empty when it can. Screens
 * pass their `t`, so the reasons follow a change of language.
 */
export function neverFiresReasons(notification: Notification, t: Translate = translate): string[] {
  const reasons: string[] = [];
  if (!notification.topic_id) {
    reasons.push(notification.notification_type === 'fun' ? t('notifications.neverFires.noFunction') : t('notifications.neverFires.noTopic'));
  }
  if (notification.operation_type === 'customized' && !(notification.operations ?? []).some((operation) => operation.trace_names.length > 0)) {
    reasons.push(t('notifications.neverFires.noOperations'));
  }
  return reasons;
}
