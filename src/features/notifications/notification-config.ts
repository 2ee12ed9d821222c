import type { Notification, NotificationType } from '@/api/contract/types';
import { isKnown } from '@/components/known-label';
import type { MessageId, Translate } from '@/i18n/message-id';

export const NOTIFICATION_TYPE_LABELS: Record<NotificationType, MessageId> = {
  smn: 'notifications.type.smn',
  fun: 'notifications.type.fun',
};

/** The label of a notification type; a type the console does not know verbatim ("—" when there is none). */
export function notificationTypeLabel(type: string | undefined, t: Translate): string {
  if (type === undefined || type === '') {
    return '—';
  }
  return isKnown(NOTIFICATION_TYPE_LABELS, type) ? t(NOTIFICATION_TYPE_LABELS[type]) : type;
}

/** "All operations", or "N operations across M services" for a custom notification. */
export function describeOperations(notification: Pick<Notification, 'operation_type' | 'operations'>, t: Translate): string {
  if (notification.operation_type === 'complete') {
    return t('notifications.summary.allOperations');
  }
  const count = (notification.operations ?? []).reduce((total, operation) => total + operation.trace_names.length, 0);
  const services = new Set((notification.operations ?? []).map((operation) => operation.service_type)).size;
  return t('notifications.summary.operations', { count, services });
}

export function describeUsers(notification: Pick<Notification, 'notify_user_list'>, t: Translate): string {
  const users = (notification.notify_user_list ?? []).reduce((total, group) => total + group.user_list.length, 0);
  const groups = (notification.notify_user_list ?? []).length;
  if (groups === 0) {
    return '—';
  }
  return t('notifications.summary.users', { users, groups });
}

/** What the list says after the builder saved (router state): the status tells whether it can notify. */
export interface SavedNotice {
  name: string;
  created: boolean;
  status: Notification['status'];
}

export function isSavedNotice(value: unknown): value is SavedNotice {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as SavedNotice).name === 'string' &&
    typeof (value as SavedNotice).created === 'boolean' &&
    typeof (value as SavedNotice).status === 'string'
  );
}
