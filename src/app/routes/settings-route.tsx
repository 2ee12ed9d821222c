import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useConnection } from '@/app/hooks/use-connection';
import { DocumentTitle } from '@/app/layout/document-title';
import { ConnectionForm } from '@/app/settings/connection-form';
import { MockControls } from '@/app/settings/mock-controls';
import { PageHeader } from '@/components/page-header';

export const UNAUTHORIZED_REASON = 'unauthorized';

export function SettingsRoute() {
  const connection = useConnection();
  const [searchParams, setSearchParams] = useSearchParams();
  const [savedNotice, setSavedNotice] = useState(false);
  const unauthorized = searchParams.get('reason') === UNAUTHORIZED_REASON;

  const onSaved = () => {
    setSavedNotice(true);
    if (unauthorized) {
      setSearchParams({}, { replace: true });
    }
  };

  return (
    <>
      <DocumentTitle title="Connection settings" />
      <PageHeader
        title="Connection settings"
        description="Choose between the built-in demo data and a real CTS endpoint, and the account the console works in."
      />
      <Stack spacing={3} sx={{ maxWidth: 760 }}>
        {unauthorized ? (
          <Alert severity="error" variant="outlined">
            {connection.credentials === 'server'
              ? 'CTS rejected the credentials held by the server (401). Check the access key pair the console’s server was started with, and the IDs.'
              : 'CTS rejected the credentials (401). Check the IAM token and IDs.'}
          </Alert>
        ) : null}
        <Paper variant="outlined" component="section" aria-labelledby="connection-heading" sx={{ p: { xs: 2, sm: 3 } }}>
          <Typography id="connection-heading" variant="h2" component="h2" sx={{ mb: 2 }}>
            Connection
          </Typography>
          <ConnectionForm onSaved={onSaved} />
        </Paper>
        {connection.mode === 'mock' ? <MockControls /> : null}
      </Stack>
      <Snackbar
        open={savedNotice}
        autoHideDuration={4000}
        onClose={() => setSavedNotice(false)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert severity="success" variant="filled" onClose={() => setSavedNotice(false)}>
          Connection saved.
        </Alert>
      </Snackbar>
    </>
  );
}
