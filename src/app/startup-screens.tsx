import RefreshIcon from '@mui/icons-material/Refresh';
import RestartAltIcon from '@mui/icons-material/RestartAlt';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { ErrorPanel } from '@/components/error-panel';
import { useT } from '@/i18n/use-t';
import type { MessageId } from '@/i18n/message-id';
import { DocumentTitle } from '@/app/layout/document-title';

interface MockStartFailedScreenProps {
  error: unknown;
  onRetry: () => void;
  onResetDemo: () => void;
  onUseLive: () => void;
}

/** What went wrong, in the user's terms: the service worker, the browser's storage, or the demo data itself. */
function describeCause(error: unknown): { title: MessageId; hint: MessageId } {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  if (/service ?worker/i.test(text)) {
    return {
      title: 'app.startup.serviceWorker.title',
      hint: 'app.startup.serviceWorker.hint',
    };
  }
  if (/storage|quota|SecurityError/i.test(text)) {
    return {
      title: 'app.startup.storage.title',
      hint: 'app.startup.storage.hint',
    };
  }
  return {
    title: 'app.startup.data.title',
    hint: 'app.startup.data.hint',
  };
}

export function MockStartFailedScreen({ error, onRetry, onResetDemo, onUseLive }: MockStartFailedScreenProps) {
  const t = useT();
  const detail = error instanceof Error ? error.message : String(error);
  const cause = describeCause(error);
  return (
    <Box component="main" sx={{ p: 3, maxWidth: 880, mx: 'auto' }}>
      <DocumentTitle title={t('app.title.demoUnavailable')} />
      <Typography variant="h1" component="h1" sx={{ mb: 2 }}>
        {t('app.startup.heading')}
      </Typography>
      <ErrorPanel title={t(cause.title)} message={detail} hint={t(cause.hint)} />
      <Box sx={{ display: 'flex', gap: 1, mt: 2, flexWrap: 'wrap' }}>
        <Button variant="contained" startIcon={<RefreshIcon />} onClick={onRetry}>
          {t('app.startup.retry')}
        </Button>
        <Button variant="outlined" startIcon={<RestartAltIcon />} onClick={onResetDemo}>
          {t('app.startup.resetDemo')}
        </Button>
        <Button variant="outlined" onClick={onUseLive}>
          {t('app.startup.useLive')}
        </Button>
      </Box>
    </Box>
  );
}
