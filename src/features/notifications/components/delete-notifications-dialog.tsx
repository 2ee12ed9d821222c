import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Notification } from '@/api/contract/types';
import { describeError } from '@/api/errors';
import { notificationMutations } from '@/api/notifications';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorPanel } from '@/components/error-panel';

interface DeleteNotificationsDialogProps {
  notifications: Notification[];
  onClose: () => void;
  onDeleted: () => void;
}

/** One DELETE for all of them, IDs comma-separated (L1302), after naming each one. */
export function DeleteNotificationsDialog({ notifications, onClose, onDeleted }: DeleteNotificationsDialogProps) {
  const queryClient = useQueryClient();
  const mutation = useMutation(notificationMutations.remove(queryClient));
  const count = notifications.length;
  return (
    <ConfirmDialog
      open={count > 0}
      title={count === 1 ? 'Delete this notification?' : `Delete ${count} notifications?`}
      body={
        <Box>
          <Typography variant="body2">Alerts stop at once. This cannot be undone.</Typography>
          <Box component="ul" aria-label="Notifications to delete" sx={{ pl: 3, mb: 0 }}>
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
      confirmLabel="Delete"
      destructive
      pending={mutation.isPending}
      error={mutation.error ? <ErrorPanel {...describeError(mutation.error)} title="Not all were deleted" /> : null}
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
