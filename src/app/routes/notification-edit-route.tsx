import { useParams } from 'react-router';
import { DocumentTitle } from '@/app/layout/document-title';
import { NotificationEditPage } from '@/features/notifications/notification-edit-page';
import { useT } from '@/i18n/use-t';

export function NotificationEditRoute() {
  const t = useT();
  // The router only matches this route with the segment present.
  const notificationId = useParams().notificationId ?? '';
  return (
    <>
      <DocumentTitle title={t('app.title.notificationEdit')} />
      <NotificationEditPage key={notificationId} notificationId={notificationId} />
    </>
  );
}
