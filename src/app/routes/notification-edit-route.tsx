import { useParams } from 'react-router';
import { DocumentTitle } from '@/app/layout/document-title';
import { NotificationEditPage } from '@/features/notifications/notification-edit-page';

export function NotificationEditRoute() {
  // The router only matches this route with the segment present.
  const notificationId = useParams().notificationId ?? '';
  return (
    <>
      <DocumentTitle title="Edit notification · Key Event Notifications" />
      <NotificationEditPage key={notificationId} notificationId={notificationId} />
    </>
  );
}
