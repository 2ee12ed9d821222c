import { DocumentTitle } from '@/app/layout/document-title';
import { NotificationCreatePage } from '@/features/notifications/notification-create-page';
import { useT } from '@/i18n/use-t';

export function NotificationCreateRoute() {
  const t = useT();
  return (
    <>
      <DocumentTitle title={t('app.title.notificationCreate')} />
      <NotificationCreatePage />
    </>
  );
}
