import { mutationOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import { cts, projectId } from '@/api/client';
import type {
  CreateNotificationRequestBody,
  Notification,
  NotificationType,
  UpdateNotificationRequestBody,
} from '@/api/contract/types';
import { NOTIFICATION_TYPES } from '@/api/contract/enums';

export async function listNotificationsOfType(type: NotificationType, notificationName?: string, signal?: AbortSignal) {
  const { data } = await cts.GET('/v3/{project_id}/notifications/{notification_type}', {
    params: {
      path: { project_id: projectId(), notification_type: type },
      query: notificationName ? { notification_name: notificationName } : {},
    },
    signal,
  });
  return data?.notifications ?? [];
}

/** CTS lists SMN and FunctionGraph notifications separately (L1399); the console shows them together. */
export async function listNotifications(notificationName?: string, signal?: AbortSignal): Promise<Notification[]> {
  const lists = await Promise.all(NOTIFICATION_TYPES.map((type) => listNotificationsOfType(type, notificationName, signal)));
  return lists.flat().sort((a, b) => b.create_time - a.create_time);
}

export async function createNotification(body: CreateNotificationRequestBody) {
  const { data } = await cts.POST('/v3/{project_id}/notifications', { params: { path: { project_id: projectId() } }, body });
  return data;
}

/** A full write: id, name, operation type and status are mandatory (L1047–1055). */
export async function updateNotification(body: UpdateNotificationRequestBody) {
  const { data } = await cts.PUT('/v3/{project_id}/notifications', { params: { path: { project_id: projectId() } }, body });
  return data;
}

/** One DELETE for several notifications, IDs comma-separated (L1302). */
export async function deleteNotifications(notificationIds: string[]) {
  if (notificationIds.length === 0) {
    return;
  }
  await cts.DELETE('/v3/{project_id}/notifications', {
    params: { path: { project_id: projectId() }, query: { notification_id: notificationIds.join(',') } },
  });
}

/**
 * CTS has no "get one notification" call: the console reads both lists and picks the ID. Null when
 * no notification has that ID (deleted meanwhile, or a mistyped URL).
 */
export async function getNotification(notificationId: string, signal?: AbortSignal): Promise<Notification | null> {
  const notifications = await listNotifications(undefined, signal);
  return notifications.find((notification) => notification.notification_id === notificationId) ?? null;
}

/**
 * The PUT body that writes a listed notification back as it is (choice 27: PUT replaces, so every
 * field the console does not change is resent, filter rules included, verbatim).
 */
export function toUpdateBody(notification: Notification): UpdateNotificationRequestBody {
  const body: UpdateNotificationRequestBody = {
    notification_id: notification.notification_id,
    notification_name: notification.notification_name,
    operation_type: notification.operation_type,
    operations: notification.operations,
    notify_user_list: notification.notify_user_list,
    status: notification.status,
  };
  if (notification.topic_id) {
    body.topic_id = notification.topic_id;
  }
  if (notification.filter) {
    body.filter = notification.filter;
  }
  if (notification.agency_name) {
    body.agency_name = notification.agency_name;
  }
  return body;
}

export const notificationQueries = {
  all: () => ['notifications'] as const,
  lists: () => [...notificationQueries.all(), 'list'] as const,
  list: (notificationName?: string) =>
    queryOptions({
      queryKey: [...notificationQueries.lists(), notificationName ?? ''] as const,
      queryFn: ({ signal }) => listNotifications(notificationName, signal),
    }),
  detail: (notificationId: string) =>
    queryOptions({
      queryKey: [...notificationQueries.all(), 'detail', notificationId] as const,
      queryFn: ({ signal }) => getNotification(notificationId, signal),
    }),
};

export const notificationMutations = {
  create: (queryClient: QueryClient) =>
    mutationOptions({
      mutationFn: createNotification,
      onSettled: () => queryClient.invalidateQueries({ queryKey: notificationQueries.all() }),
    }),
  update: (queryClient: QueryClient) =>
    mutationOptions({
      mutationFn: updateNotification,
      onSettled: () => queryClient.invalidateQueries({ queryKey: notificationQueries.all() }),
    }),
  remove: (queryClient: QueryClient) =>
    mutationOptions({
      mutationFn: deleteNotifications,
      onSettled: () => queryClient.invalidateQueries({ queryKey: notificationQueries.all() }),
    }),
};
