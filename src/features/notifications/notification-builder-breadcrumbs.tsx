import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { useT } from '@/i18n/use-t';

export function NotificationBuilderBreadcrumbs({ current }: { current: string }) {
  const t = useT();
  return (
    <Breadcrumbs aria-label={t('notifications.builder.breadcrumb')}>
      <Link component={RouterLink} to="/notifications">
        {t('notifications.list.title')}
      </Link>
      <Typography color="text.primary" aria-current="page" sx={{ overflowWrap: 'anywhere' }}>
        {current}
      </Typography>
    </Breadcrumbs>
  );
}
