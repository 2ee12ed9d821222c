import type { Notification, NotificationType } from '@/api/contract/types';

export const NOTIFICATION_TYPE_LABELS: Record<NotificationType, string> = {
  smn: 'SMN topic',
  fun: 'FunctionGraph',
};

/** "All operations", or "N operations across M services" for a custom notification. */
export function describeOperations(notification: Pick<Notification, 'operation_type' | 'operations'>): string {
  if (notification.operation_type === 'complete') {
    return 'All operations';
  }
  const count = (notification.operations ?? []).reduce((total, operation) => total + operation.trace_names.length, 0);
  const services = new Set((notification.operations ?? []).map((operation) => operation.service_type)).size;
  return `${count} operation${count === 1 ? '' : 's'} across ${services} service${services === 1 ? '' : 's'}`;
}

export function describeUsers(notification: Pick<Notification, 'notify_user_list'>): string {
  const users = (notification.notify_user_list ?? []).reduce((total, group) => total + group.user_list.length, 0);
  const groups = (notification.notify_user_list ?? []).length;
  if (groups === 0) {
    return '—';
  }
  return `${users} user${users === 1 ? '' : 's'} in ${groups} group${groups === 1 ? '' : 's'}`;
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
