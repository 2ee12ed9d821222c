import { DocumentTitle } from '@/app/layout/document-title';
import { NotificationCreatePage } from '@/features/notifications/notification-create-page';

export function NotificationCreateRoute() {
  return (
    <>
      <DocumentTitle title="Create notification · Key Event Notifications" />
      <NotificationCreatePage />
    </>
  );
}
