import type { Notification, NotificationStatus, NotificationType } from '@/api/contract/types';
import { detectTopicType, notificationCountIssue } from '@/api/rules/notification-rules';
import type { MockDb } from '@/mocks/db/mock-db';
import { uuidV4 } from '@/mocks/db/random';
import { http } from '@/mocks/handlers/http';
import type { NotificationDraft } from '@/mocks/handlers/notification-validation';
import { readCreateNotificationBody, readUpdateNotificationBody } from '@/mocks/handlers/notification-validation';
import { parseNotificationIds } from '@/mocks/handlers/notification-ids';
import { withCts } from '@/mocks/handlers/with-cts';
import { ctsError } from '@/mocks/handlers/cts-error';
import { readJsonBody } from '@/mocks/handlers/request-body';

const NOTIFICATION_TYPES: readonly NotificationType[] = ['smn', 'fun'];

interface StoredFields {
  notification_id: string;
  project_id: string;
  create_time: number;
  status: NotificationStatus;
  /** The type when the draft has no topic to derive it from. */
  fallbackType: NotificationType;
}

/**
 * The notification as CTS returns it. `notification_type` is derived from the topic URN (L1099);
 * without a topic it is `smn`, as in the reference's example of a topic-less notification
 * (L1537–1552), or on update the type the notification had. `complete` notifications list no
 * operations (L768, L1550).
 */
function toNotification(draft: NotificationDraft, stored: StoredFields): Notification {
  const notification: Notification = {
    notification_id: stored.notification_id,
    notification_name: draft.notification_name,
    operation_type: draft.operation_type,
    operations: draft.operation_type === 'complete' ? [] : draft.operations,
    notify_user_list: draft.notify_user_list,
    status: stored.status,
    notification_type: (draft.topic_id === undefined ? null : detectTopicType(draft.topic_id)) ?? stored.fallbackType,
    project_id: stored.project_id,
    create_time: stored.create_time,
  };
  if (draft.topic_id !== undefined) {
    notification.topic_id = draft.topic_id;
  }
  if (draft.filter !== undefined) {
    notification.filter = draft.filter;
  }
  if (draft.agency_name !== undefined) {
    notification.agency_name = draft.agency_name;
  }
  return notification;
}

/**
 * The reference does not say whether names are unique; the list filters by name (L1404) as if a
 * name identified a notification, so the mock refuses a second notification with the same name.
 */
function refuseDuplicateName(db: MockDb, name: string, ownId?: string): void {
  for (const notification of db.notifications.values()) {
    if (notification.notification_name === name && notification.notification_id !== ownId) {
      throw ctsError('CTS.0003', (render) =>
        render({ id: 'rules.mock.fieldIssue', values: { field: 'notification_name', issue: render({ id: 'rules.mock.notificationNameTaken', values: { name } }) } }),
      );
    }
  }
}

function newNotificationId(db: MockDb): string {
  let id = uuidV4(Math.random);
  while (db.notifications.has(id)) {
    id = uuidV4(Math.random);
  }
  return id;
}

export function createNotificationHandler(db: MockDb) {
  return http.post(
    '/v3/{project_id}/notifications',
    withCts(async ({ request, params, response }) => {
      const body = await readJsonBody(request);
      const draft = readCreateNotificationBody(body);
      // Choice 30: at most 100 notifications (user guide), refused with CTS.0003.
      const countIssue = notificationCountIssue(db.notifications.size);
      if (countIssue !== null) {
        throw ctsError('CTS.0003', countIssue);
      }
      refuseDuplicateName(db, draft.notification_name);
      const notification = toNotification(draft, {
        notification_id: newNotificationId(db),
        project_id: params.project_id,
        create_time: db.now(),
        // POST has no `status` (L764–775). With a topic the reference answers `enabled` (L1000);
        // without one it cannot notify anybody, and an enabled notification needs a topic (L1054).
        status: draft.topic_id === undefined ? 'disabled' : 'enabled',
        fallbackType: 'smn',
      });
      await db.change(() => {
        db.notifications.set(notification.notification_id, notification);
        db.traces.recordCtsOperation(
          {
            trace_name: 'createNotification',
            resource_type: 'notification',
            resource_id: notification.notification_id,
            resource_name: notification.notification_name,
            request: body,
            response: notification,
            code: 201,
          },
          db.now(),
        );
      });
      return response(201).json(notification);
    }),
  );
}

export function updateNotificationHandler(db: MockDb) {
  return http.put(
    '/v3/{project_id}/notifications',
    withCts(async ({ request, response }) => {
      const body = await readJsonBody(request);
      const replacement = readUpdateNotificationBody(body);
      const stored = db.notifications.get(replacement.notification_id);
      if (!stored) {
        // Choice 10: no code exists for a missing notification.
        throw ctsError('CTS.MOCK.0404');
      }
      refuseDuplicateName(db, replacement.notification_name, stored.notification_id);
      // Choice 27: the body replaces the notification; only identity and creation stay.
      const notification = toNotification(replacement, {
        notification_id: stored.notification_id,
        project_id: stored.project_id,
        create_time: stored.create_time,
        status: replacement.status,
        fallbackType: stored.notification_type,
      });
      await db.change(() => {
        db.notifications.set(notification.notification_id, notification);
        db.traces.recordCtsOperation(
          {
            trace_name: 'updateNotification',
            resource_type: 'notification',
            resource_id: notification.notification_id,
            resource_name: notification.notification_name,
            request: body,
            response: notification,
            code: 200,
          },
          db.now(),
        );
      });
      return response(200).json(notification);
    }),
  );
}

export function deleteNotificationHandler(db: MockDb) {
  return http.delete(
    '/v3/{project_id}/notifications',
    withCts(async ({ request, response }) => {
      const ids = parseNotificationIds(new URL(request.url).searchParams.get('notification_id'));
      if (ids.length === 0) {
        throw ctsError('CTS.0003', { id: 'rules.mock.notificationIdRequired' });
      }
      const missing = ids.filter((id) => !db.notifications.has(id));
      if (missing.length < ids.length) {
        await db.change(() => {
          for (const id of ids) {
            const notification = db.notifications.get(id);
            if (notification) {
              db.notifications.delete(id);
              db.traces.recordCtsOperation(
                {
                  trace_name: 'deleteNotification',
                  resource_type: 'notification',
                  resource_id: id,
                  resource_name: notification.notification_name,
                  request: { notification_id: ids.join(',') },
                  code: 204,
                },
                db.now(),
              );
            }
          }
        });
      }
      if (missing.length > 0) {
        // L1373: "some key event notifications failed to be deleted" is a 404; the others are gone.
        const deleted = ids.length - missing.length;
        throw ctsError(
          'CTS.MOCK.0404',
          ids.length === 1
            ? undefined
            : deleted > 0
              ? { id: 'rules.mock.notificationsPartlyDeleted', values: { ids: missing.join(', '), deleted } }
              : { id: 'rules.mock.notificationsMissing', values: { ids: missing.join(', ') } },
        );
      }
      return response(204).empty();
    }),
  );
}

export function listNotificationsHandler(db: MockDb) {
  return http.get(
    '/v3/{project_id}/notifications/{notification_type}',
    withCts(({ params, query, response }) => {
      // The path is typed by the contract, but a client can put anything in it.
      const type: string = params.notification_type;
      const notificationType = NOTIFICATION_TYPES.find((candidate) => candidate === type);
      if (notificationType === undefined) {
        throw ctsError('CTS.0003', { id: 'rules.mock.notificationType' });
      }
      const name = query.get('notification_name') ?? '';
      const notifications = [...db.notifications.values()]
        .filter((notification) => notification.notification_type === notificationType)
        .filter((notification) => name === '' || notification.notification_name === name)
        // Newest first, as in the reference's example (L1497–1552).
        .sort((a, b) => b.create_time - a.create_time);
      return response(200).json({ notifications });
    }),
  );
}

export function notificationHandlers(db: MockDb) {
  return [
    createNotificationHandler(db),
    updateNotificationHandler(db),
    deleteNotificationHandler(db),
    listNotificationsHandler(db),
  ];
}
