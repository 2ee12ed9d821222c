import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Notification } from '@/api/contract/types';
import { describeError } from '@/api/errors';
import { notificationMutations } from '@/api/notifications';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorPanel } from '@/components/error-panel';
import { useT } from '@/i18n/use-t';

interface DeleteNotificationsDialogProps {
  notifications: Notification[];
  onClose: () => void;
  onDeleted: () => void;
}

/** One DELETE for all of them, IDs comma-separated (L1302), after naming each one. */
export function DeleteNotificationsDialog({ notifications, onClose, onDeleted }: DeleteNotificationsDialogProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const mutation = useMutation(notificationMutations.remove(queryClient));
  const count = notifications.length;
  return (
    <ConfirmDialog
      open={count > 0}
      title={t('notifications.delete.title', { count })}
      body={
        <Box>
          <Typography variant="body2">{t('notifications.delete.body')}</Typography>
          <Box component="ul" aria-label={t('notifications.delete.list')} sx={{ pl: 3, mb: 0 }}>
            {notifications.map((notification) => (
              <li key={notification.notification_id}>
                <Typography variant="body2" component="span" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
                  {notification.notification_name}
                </Typography>
              </li>
            ))}
          </Box>
        </Box>
      }
      confirmLabel={t('notifications.delete.confirm')}
      destructive
      pending={mutation.isPending}
      error={mutation.error ? <ErrorPanel {...describeError(mutation.error)} title={t('notifications.delete.failed')} /> : null}
      onConfirm={() =>
        mutation.mutate(
          notifications.map((notification) => notification.notification_id),
          { onSuccess: onDeleted },
        )
      }
      onClose={() => {
        mutation.reset();
        onClose();
      }}
    />
  );
}
