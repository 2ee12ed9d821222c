import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { Link as RouterLink } from 'react-router';
import type { Notification } from '@/api/contract/types';
import { neverFiresReasons } from '@/features/notifications/never-fires';
import { useT } from '@/i18n/use-t';

/** The notifications that can never send anything, each with why and a link to fix it. */
export function NeverFiringNotice({ notifications }: { notifications: readonly Notification[] }) {
  const t = useT();
  const broken = notifications.flatMap((notification) => {
    const reasons = neverFiresReasons(notification, t);
    return reasons.length > 0 ? [{ notification, reasons }] : [];
  });
  if (broken.length === 0) {
    return null;
  }
  return (
    <Alert severity="warning" sx={{ mb: 1.5 }} role="region" aria-label={t('notifications.neverFires.region')}>
      <AlertTitle>{t('notifications.neverFires.title', { count: broken.length })}</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {broken.map(({ notification, reasons }) => (
          <li key={notification.notification_id}>
            <Link component={RouterLink} to={`/notifications/${encodeURIComponent(notification.notification_id)}`}>
              {notification.notification_name}
            </Link>
            {t('notifications.neverFires.reasons', { reasons: reasons.join(t('notifications.neverFires.separator')) })}
          </li>
        ))}
      </Box>
    </Alert>
  );
}
