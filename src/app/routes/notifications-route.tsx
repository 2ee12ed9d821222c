import { DocumentTitle } from '@/app/layout/document-title';
import { NotificationListPage } from '@/features/notifications/notification-list-page';

export function NotificationsRoute() {
  return (
    <>
      <DocumentTitle title="Key Event Notifications" />
      <NotificationListPage />
    </>
  );
}
