import RefreshIcon from '@mui/icons-material/Refresh';
import RestartAltIcon from '@mui/icons-material/RestartAlt';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { ErrorPanel } from '@/components/error-panel';

interface MockStartFailedScreenProps {
  error: unknown;
  onRetry: () => void;
  onResetDemo: () => void;
  onUseLive: () => void;
}

/** What went wrong, in the user's terms: the service worker, the browser's storage, or the demo data itself. */
function describeCause(error: unknown): { title: string; hint: string } {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  if (/service ?worker/i.test(text)) {
    return {
      title: 'The browser did not start the demo’s service worker',
      hint:
        'Mock mode runs the CTS API inside this page with a service worker. Browsers allow service workers only on ' +
        'HTTPS or localhost, and some block them in private windows. Reload to try again, or connect to a live CTS endpoint.',
    };
  }
  if (/storage|quota|SecurityError/i.test(text)) {
    return {
      title: 'The browser’s storage is not available to the demo',
      hint: 'The demo keeps its data in this site’s localStorage. Allow site data for this address, or reset the demo data.',
    };
  }
  return {
    title: 'The demo data could not be built',
    hint:
      'Resetting the demo data sets the stored demo state aside (trackers, notifications, tags and injected traces you ' +
      'changed) and starts again from the seeded demo.',
  };
}

export function MockStartFailedScreen({ error, onRetry, onResetDemo, onUseLive }: MockStartFailedScreenProps) {
  const detail = error instanceof Error ? error.message : String(error);
  const cause = describeCause(error);
  return (
    <Box component="main" sx={{ p: 3, maxWidth: 880, mx: 'auto' }}>
      <title>Demo data unavailable · CTS Console</title>
      <Typography variant="h1" component="h1" sx={{ mb: 2 }}>
        The demo data could not be started
      </Typography>
      <ErrorPanel title={cause.title} message={detail} hint={cause.hint} />
      <Box sx={{ display: 'flex', gap: 1, mt: 2, flexWrap: 'wrap' }}>
        <Button variant="contained" startIcon={<RefreshIcon />} onClick={onRetry}>
          Retry
        </Button>
        <Button variant="outlined" startIcon={<RestartAltIcon />} onClick={onResetDemo}>
          Reset demo data
        </Button>
        <Button variant="outlined" onClick={onUseLive}>
          Connect to a live endpoint
        </Button>
      </Box>
    </Box>
  );
}
