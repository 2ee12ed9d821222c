import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useLocation, useNavigate } from 'react-router';
import { describeError } from '@/api/errors';
import { ErrorPanel } from '@/components/error-panel';
import type { useStatusToggle } from '@/features/notifications/hooks/use-status-toggle';
import { isSavedNotice } from '@/features/notifications/notification-config';

/** What the list has to say: the builder's save, a refused enable, a failed status change. */
export function NotificationListNotices({ status }: { status: ReturnType<typeof useStatusToggle> }) {
  const location = useLocation();
  const navigate = useNavigate();
  const state: unknown = location.state;
  const saved = typeof state === 'object' && state !== null && 'saved' in state && isSavedNotice(state.saved) ? state.saved : null;
  const dismissSaved = () => void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });

  return (
    <Box sx={{ display: 'grid', gap: 1, mb: saved || status.refusal || status.error ? 2 : 0 }}>
      {saved ? (
        <Alert severity={saved.status === 'enabled' ? 'success' : 'warning'} variant="outlined" onClose={dismissSaved} role="status">
          {`${saved.name} ${saved.created ? 'created' : 'saved'}. `}
          {saved.status === 'enabled'
            ? 'It is enabled.'
            : 'It is disabled: a notification without a topic or function cannot be enabled. Edit it to add one.'}
        </Alert>
      ) : null}
      {status.refusal ? (
        <Alert severity="warning" variant="outlined" onClose={status.dismissRefusal} role="alert">
          {`Not enabled: ${status.refusal.message}`}
        </Alert>
      ) : null}
      {status.error ? (
        <ErrorPanel {...describeError(status.error)} title={`The status of ${status.failedName ?? 'the notification'} was not changed`} />
      ) : null}
    </Box>
  );
}
