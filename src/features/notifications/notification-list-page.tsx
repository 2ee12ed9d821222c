import NotificationsNoneOutlined from '@mui/icons-material/NotificationsNoneOutlined';
import RefreshIcon from '@mui/icons-material/Refresh';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import { useQuery } from '@tanstack/react-query';
import { describeError } from '@/api/errors';
import { notificationQueries } from '@/api/notifications';
import { EmptyState } from '@/components/empty-state';
import { LoadingRows } from '@/components/loading-rows';
import { ErrorPanel } from '@/components/error-panel';
import { PageHeader } from '@/components/page-header';
import { NotificationTable } from '@/features/notifications/components/notification-table';

export function NotificationListPage() {
  const { data: notifications, error, isPending, isFetching, refetch } = useQuery(notificationQueries.list());

  return (
    <>
      <PageHeader
        title="Key Event Notifications"
        description="Alerts sent through SMN or FunctionGraph when chosen operations are recorded."
        actions={
          <Button startIcon={<RefreshIcon />} onClick={() => void refetch()} disabled={isFetching}>
            Refresh
          </Button>
        }
      />
      <Paper variant="outlined" sx={{ position: 'relative', overflow: 'hidden' }}>
        {isFetching && !isPending ? (
          <LinearProgress aria-label="Refreshing notifications" sx={{ position: 'absolute', top: 0, left: 0, right: 0 }} />
        ) : null}
        {isPending ? (
          <LoadingRows label="Loading notifications" rows={3} height={32} />
        ) : error ? (
          <ErrorPanel {...describeError(error)} onRetry={() => void refetch()} />
        ) : notifications.length === 0 ? (
          <EmptyState
            icon={<NotificationsNoneOutlined />}
            title="No key event notifications"
            description="Notifications warn your team when high-risk operations happen."
          />
        ) : (
          <NotificationTable notifications={notifications} />
        )}
      </Paper>
    </>
  );
}
