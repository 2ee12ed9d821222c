import RefreshIcon from '@mui/icons-material/Refresh';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { ErrorPanel } from '@/components/error-panel';

/** Shown for the moment the embedded mock takes to start, so the first paint is never blank. */
export function MockStartingScreen() {
  return (
    <Box component="main" sx={{ minHeight: '100vh' }}>
      <LinearProgress aria-label="Starting the demo data" />
      <Box sx={{ p: 3 }}>
        <Typography variant="h1" component="h1">
          CTS Console
        </Typography>
        <Typography sx={{ mt: 1, color: 'text.secondary' }}>Starting the built-in demo data…</Typography>
      </Box>
    </Box>
  );
}

interface MockStartFailedScreenProps {
  error: unknown;
  onRetry: () => void;
  onUseLive: () => void;
}

export function MockStartFailedScreen({ error, onRetry, onUseLive }: MockStartFailedScreenProps) {
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <Box component="main" sx={{ p: 3, maxWidth: 880, mx: 'auto' }}>
      <title>Demo data unavailable · CTS Console</title>
      <Typography variant="h1" component="h1" sx={{ mb: 2 }}>
        The demo data could not be started
      </Typography>
      <ErrorPanel
        title="Mock mode failed to start"
        message={detail}
        hint={
          <>
            Mock mode runs the CTS API inside this page with a service worker. Browsers allow service workers only on
            HTTPS or localhost, and some block them in private windows. Reload to try again, or connect to a live CTS
            endpoint instead.
          </>
        }
      />
      <Box sx={{ display: 'flex', gap: 1, mt: 2, flexWrap: 'wrap' }}>
        <Button variant="contained" startIcon={<RefreshIcon />} onClick={onRetry}>
          Retry
        </Button>
        <Button variant="outlined" onClick={onUseLive}>
          Connect to a live endpoint
        </Button>
      </Box>
    </Box>
  );
}
