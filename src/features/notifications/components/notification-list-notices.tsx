import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useLocation, useNavigate } from 'react-router';
import { describeError } from '@/api/errors';
import { ErrorPanel } from '@/components/error-panel';
import type { useStatusToggle } from '@/features/notifications/hooks/use-status-toggle';
import { isSavedNotice } from '@/features/notifications/notification-config';
import { useT } from '@/i18n/use-t';

/** What the list has to say: the builder's save, a refused enable, a failed status change. */
export function NotificationListNotices({ status }: { status: ReturnType<typeof useStatusToggle> }) {
  const t = useT();
  const location = useLocation();
  const navigate = useNavigate();
  const state: unknown = location.state;
  const saved = typeof state === 'object' && state !== null && 'saved' in state && isSavedNotice(state.saved) ? state.saved : null;
  const dismissSaved = () => void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });

  return (
    <Box sx={{ display: 'grid', gap: 1, mb: saved || status.refusal || status.error ? 2 : 0 }}>
      {saved ? (
        <Alert severity={saved.status === 'enabled' ? 'success' : 'warning'} variant="outlined" onClose={dismissSaved} role="status">
          {t('notifications.notice.sentences', {
            first: saved.created ? t('notifications.notice.created', { name: saved.name }) : t('notifications.notice.saved', { name: saved.name }),
            second: saved.status === 'enabled' ? t('notifications.notice.enabled') : t('notifications.notice.disabled'),
          })}
        </Alert>
      ) : null}
      {status.refusal ? (
        <Alert severity="warning" variant="outlined" onClose={status.dismissRefusal} role="alert">
          {t('notifications.notice.notEnabled', {
            message: status.refusal.noTopic
              ? t('notifications.notice.noTopic', { name: status.refusal.name, reason: status.refusal.reason })
              : status.refusal.reason,
          })}
        </Alert>
      ) : null}
      {status.error ? (
        <ErrorPanel
          {...describeError(status.error)}
          title={
            status.failedName === null
              ? t('notifications.notice.statusNotChangedUnnamed')
              : t('notifications.notice.statusNotChanged', { name: status.failedName })
          }
        />
      ) : null}
    </Box>
  );
}
