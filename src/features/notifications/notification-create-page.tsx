import { PageHeader } from '@/components/page-header';
import { EMPTY_FORM } from '@/features/notifications/builder/notification-form-model';
import { NotificationForm } from '@/features/notifications/components/notification-form';
import { NotificationBuilderBreadcrumbs } from '@/features/notifications/notification-builder-breadcrumbs';
import { useT } from '@/i18n/use-t';

export function NotificationCreatePage() {
  const t = useT();
  return (
    <>
      <PageHeader
        breadcrumbs={<NotificationBuilderBreadcrumbs current={t('notifications.builder.createCrumb')} />}
        title={t('notifications.builder.createTitle')}
        description={t('notifications.builder.createDescription')}
      />
      <NotificationForm initialValues={EMPTY_FORM} />
    </>
  );
}
