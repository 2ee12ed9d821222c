import Button from '@mui/material/Button';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { describeError } from '@/api/errors';
import { notificationQueries } from '@/api/notifications';
import { EmptyState } from '@/components/empty-state';
import { ErrorPanel } from '@/components/error-panel';
import { LoadingRows } from '@/components/loading-rows';
import { PageHeader } from '@/components/page-header';
import { fromNotification } from '@/features/notifications/builder/notification-form-model';
import { NotificationForm } from '@/features/notifications/components/notification-form';
import { NotificationBuilderBreadcrumbs } from '@/features/notifications/notification-builder-breadcrumbs';
import { useT } from '@/i18n/use-t';

export function NotificationEditPage({ notificationId }: { notificationId: string }) {
  const { data: notification, error, isPending, refetch } = useQuery(notificationQueries.detail(notificationId));
  const t = useT();
  const name = notification?.notification_name ?? t('notifications.builder.unnamed');
  return (
    <>
      <PageHeader
        breadcrumbs={<NotificationBuilderBreadcrumbs current={name} />}
        title={notification ? t('notifications.builder.editTitle', { name: notification.notification_name }) : t('notifications.builder.editTitleUnnamed')}
        description={t('notifications.builder.editDescription')}
      />
      {isPending ? (
        <LoadingRows label={t('notifications.builder.loading')} rows={6} height={48} />
      ) : error ? (
        <ErrorPanel {...describeError(error)} onRetry={() => void refetch()} />
      ) : notification === null ? (
        <EmptyState
          title={t('notifications.builder.notFound.title')}
          description={t('notifications.builder.notFound.description', { id: notificationId })}
          action={
            <Button component={RouterLink} to="/notifications" variant="outlined">
              {t('notifications.builder.notFound.back')}
            </Button>
          }
        />
      ) : (
        // Mounted once loaded, so the form starts from the stored notification.
        <NotificationForm key={notification.notification_id} initialValues={fromNotification(notification)} notificationId={notification.notification_id} />
      )}
    </>
  );
}
