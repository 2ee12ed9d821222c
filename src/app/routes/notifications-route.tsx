import { DocumentTitle } from '@/app/layout/document-title';
import { NotificationListPage } from '@/features/notifications/notification-list-page';
import { useT } from '@/i18n/use-t';

export function NotificationsRoute() {
  const t = useT();
  return (
    <>
      <DocumentTitle title={t('app.title.notifications')} />
      <NotificationListPage />
    </>
  );
}
