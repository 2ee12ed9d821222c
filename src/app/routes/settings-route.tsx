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
import type { MessageId } from '@/i18n/message-id';
import { useT } from '@/i18n/use-t';

const REASON_TEXT: Record<UnauthorizedReason, MessageId> = {
  'no-token': 'settings.reason.noToken',
  expired: 'settings.reason.expired',
  refused: 'settings.reason.refused',
};

export function SettingsRoute() {
  const t = useT();
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
      <DocumentTitle title={t('settings.title')} />
      <PageHeader
        title={t('settings.title')}
        description={t('settings.description')}
      />
      <Stack spacing={3} sx={{ maxWidth: 760 }}>
        {reason ? (
          <Alert severity="error" variant="outlined">
            {reason === 'refused' && connection.credentials === 'server'
              ? t('settings.reason.refusedServer')
              : t(REASON_TEXT[reason])}
          </Alert>
        ) : null}
        <Paper variant="outlined" component="section" aria-labelledby="sign-in-heading" sx={{ p: { xs: 2, sm: 3 } }}>
          <Typography id="sign-in-heading" variant="h2" component="h2" sx={{ mb: 2 }}>
            {t('settings.signIn.heading')}
          </Typography>
          {connection.mode === 'live' || signInOpen ? (
            <IamSignIn onSignedIn={onSignedIn} />
          ) : (
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography variant="body2" sx={{ color: 'text.secondary', flex: '1 1 280px' }}>
                {t('settings.signIn.intro')}
              </Typography>
              <Button variant="outlined" onClick={() => setSignInOpen(true)}>
                {t('settings.signIn.open')}
              </Button>
            </Stack>
          )}
        </Paper>
        <Paper variant="outlined" component="section" aria-labelledby="connection-heading" sx={{ p: { xs: 2, sm: 3 } }}>
          <Typography id="connection-heading" variant="h2" component="h2" sx={{ mb: 2 }}>
            {t('settings.connection.heading')}
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
          {t('settings.connection.saved')}
        </Alert>
      </Snackbar>
    </>
  );
}
