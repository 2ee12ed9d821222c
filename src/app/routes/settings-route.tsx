import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { type Connection, getConnection, saveConnection } from '@/api/connection';
import type { UnauthorizedReason } from '@/api/errors';
import { useConnection } from '@/app/hooks/use-connection';
import { DocumentTitle } from '@/app/layout/document-title';
import { ConnectionForm } from '@/app/settings/connection-form';
import { IamSignIn } from '@/app/settings/iam-sign-in';
import { MockControls } from '@/app/settings/mock-controls';
import { reloadAt } from '@/app/settings/page-reload';
import { readUnauthorizedReason, safeReturnPath } from '@/app/unauthorized';
import { PageHeader } from '@/components/page-header';

const REASON_TEXT: Record<UnauthorizedReason, string> = {
  'no-token': 'No token was sent: the console is not signed in. Sign in with an IAM user, or paste an IAM token under Connection.',
  expired: 'Your IAM sign-in expired. Sign in again to go back where you were.',
  refused: 'CTS rejected the credentials (401). Check the IAM token and IDs, or sign in again.',
};

export function SettingsRoute() {
  const connection = useConnection();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const [savedNotice, setSavedNotice] = useState(false);
  const [signInOpen, setSignInOpen] = useState(false);
  const reason = readUnauthorizedReason(searchParams.get('reason'));
  const returnTo = safeReturnPath(searchParams.get('from'));

  const onSaved = () => {
    setSavedNotice(true);
    if (returnTo) {
      void navigate(returnTo);
    } else if (reason) {
      setSearchParams({}, { replace: true });
    }
  };

  const onSignedIn = (signedIn: Connection) => {
    const modeChanged = getConnection().mode !== signedIn.mode;
    saveConnection(signedIn);
    if (modeChanged) {
      // The mock worker starts (or stays out) only at page load.
      reloadAt(returnTo ?? '/traces');
      return;
    }
    // Cached answers came from the previous token, project or endpoint.
    queryClient.clear();
    void navigate(returnTo ?? '/traces');
  };

  return (
    <>
      <DocumentTitle title="Connection settings" />
      <PageHeader
        title="Connection settings"
        description="Choose between the built-in demo data and a real CTS endpoint, and the account the console works in."
      />
      <Stack spacing={3} sx={{ maxWidth: 760 }}>
        {reason ? (
          <Alert severity="error" variant="outlined">
            {reason === 'refused' && connection.credentials === 'server'
              ? 'CTS rejected the credentials held by the server (401). Check the access key pair the console’s server was started with, and the IDs.'
              : REASON_TEXT[reason]}
          </Alert>
        ) : null}
        <Paper variant="outlined" component="section" aria-labelledby="sign-in-heading" sx={{ p: { xs: 2, sm: 3 } }}>
          <Typography id="sign-in-heading" variant="h2" component="h2" sx={{ mb: 2 }}>
            Sign in with an IAM user
          </Typography>
          {connection.mode === 'live' || signInOpen ? (
            <IamSignIn onSignedIn={onSignedIn} />
          ) : (
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography variant="body2" sx={{ color: 'text.secondary', flex: '1 1 280px' }}>
                Signing in switches the console from the demo data to a live CTS account.
              </Typography>
              <Button variant="outlined" onClick={() => setSignInOpen(true)}>
                Sign in to a live account
              </Button>
            </Stack>
          )}
        </Paper>
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
