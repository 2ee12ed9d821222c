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

export function NotificationEditPage({ notificationId }: { notificationId: string }) {
  const { data: notification, error, isPending, refetch } = useQuery(notificationQueries.detail(notificationId));
  const name = notification?.notification_name ?? 'Notification';
  return (
    <>
      <PageHeader
        breadcrumbs={<NotificationBuilderBreadcrumbs current={name} />}
        title={notification ? `Edit ${notification.notification_name}` : 'Edit notification'}
        description="Saving replaces the whole notification (PUT): every setting below is sent."
      />
      {isPending ? (
        <LoadingRows label="Loading the notification" rows={6} height={48} />
      ) : error ? (
        <ErrorPanel {...describeError(error)} onRetry={() => void refetch()} />
      ) : notification === null ? (
        <EmptyState
          title="No such notification"
          description={`No key event notification has the ID ${notificationId}. It may have been deleted.`}
          action={
            <Button component={RouterLink} to="/notifications" variant="outlined">
              Back to notifications
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
