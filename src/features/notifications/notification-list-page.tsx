import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import NotificationsNoneOutlined from '@mui/icons-material/NotificationsNoneOutlined';
import RefreshIcon from '@mui/icons-material/Refresh';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import type { Notification } from '@/api/contract/types';
import { describeError } from '@/api/errors';
import { notificationQueries } from '@/api/notifications';
import { EmptyState } from '@/components/empty-state';
import { ErrorPanel } from '@/components/error-panel';
import { LoadingRows } from '@/components/loading-rows';
import { PageHeader } from '@/components/page-header';
import { DeleteNotificationsDialog } from '@/features/notifications/components/delete-notifications-dialog';
import { NeverFiringNotice } from '@/features/notifications/components/never-firing-notice';
import { NotificationListNotices } from '@/features/notifications/components/notification-list-notices';
import { NotificationSearch } from '@/features/notifications/components/notification-search';
import { NotificationTable } from '@/features/notifications/components/notification-table';
import { useStatusToggle } from '@/features/notifications/hooks/use-status-toggle';
import { useT } from '@/i18n/use-t';

export const NAME_PARAM = 'notification_name';

export function NotificationListPage() {
  const t = useT();
  const [searchParams, setSearchParams] = useSearchParams();
  const name = searchParams.get(NAME_PARAM) ?? '';
  const { data: notifications, error, isPending, isFetching, refetch } = useQuery(notificationQueries.list(name || undefined));
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [toDelete, setToDelete] = useState<Notification[]>([]);
  const status = useStatusToggle();
  const selectedNotifications = (notifications ?? []).filter((notification) => selected.has(notification.notification_id));

  const search = (next: string) => {
    setSelected(new Set());
    setSearchParams(next ? { [NAME_PARAM]: next } : {});
  };

  return (
    <>
      <PageHeader
        title={t('notifications.list.title')}
        description={t('notifications.list.description')}
        actions={
          <>
            <Button startIcon={<RefreshIcon />} onClick={() => void refetch()} disabled={isFetching}>
              {t('notifications.list.refresh')}
            </Button>
            <Button component={RouterLink} to="/notifications/new" variant="contained" startIcon={<AddIcon />}>
              {t('notifications.list.create')}
            </Button>
          </>
        }
      />
      <NotificationListNotices status={status} />
      {notifications ? <NeverFiringNotice notifications={notifications} /> : null}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'flex-start', gap: 1, mb: 1.5 }}>
        <NotificationSearch key={name} value={name} onSearch={search} />
        <Button
          color="error"
          variant="outlined"
          startIcon={<DeleteOutlineIcon />}
          disabled={selectedNotifications.length === 0}
          onClick={() => setToDelete(selectedNotifications)}
          sx={{ mt: 0.25 }}
        >
          {t('notifications.list.deleteSelected', { count: selectedNotifications.length })}
        </Button>
      </Box>
      <Paper variant="outlined" sx={{ position: 'relative', overflow: 'hidden' }}>
        {isFetching && !isPending ? (
          <LinearProgress aria-label={t('notifications.list.refreshing')} sx={{ position: 'absolute', top: 0, left: 0, right: 0 }} />
        ) : null}
        {isPending ? (
          <LoadingRows label={t('notifications.list.loading')} rows={3} height={32} />
        ) : error ? (
          <ErrorPanel {...describeError(error)} onRetry={() => void refetch()} />
        ) : notifications.length === 0 && name ? (
          <EmptyState
            title={t('notifications.list.noMatch.title', { name })}
            description={t('notifications.list.noMatch.description')}
            action={<Button onClick={() => search('')}>{t('notifications.search.clear')}</Button>}
          />
        ) : notifications.length === 0 ? (
          <EmptyState
            icon={<NotificationsNoneOutlined />}
            title={t('notifications.list.empty.title')}
            description={t('notifications.list.empty.description')}
            action={
              <Button component={RouterLink} to="/notifications/new" variant="outlined" startIcon={<AddIcon />}>
                {t('notifications.list.create')}
              </Button>
            }
          />
        ) : (
          <NotificationTable
            notifications={notifications}
            selected={selected}
            onSelectedChange={setSelected}
            pendingId={status.pendingId}
            onToggleStatus={status.toggle}
            onDelete={(notification) => setToDelete([notification])}
          />
        )}
      </Paper>
      <DeleteNotificationsDialog
        notifications={toDelete}
        onClose={() => setToDelete([])}
        onDeleted={() => {
          setToDelete([]);
          setSelected(new Set());
        }}
      />
    </>
  );
}
