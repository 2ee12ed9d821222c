import RefreshIcon from '@mui/icons-material/Refresh';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { CopyButton } from '@/components/copy-button';
import { useT } from '@/i18n/use-t';
import { RichText } from '@/i18n/rich-text';
import type { Translate } from '@/i18n/message-id';

export interface ErrorPanelProps {
  title?: string;
  status?: number;
  code?: string;
  message: string;
  requestId?: string | null;
  hint?: ReactNode;
  /** On 403: the IAM action the user's policy must allow. */
  iamAction?: string;
  /** On 401: the credentials were refused; point the user to the connection settings. */
  unauthorized?: boolean;
  onRetry?: () => void;
}

/** Status 0 is how the API layer marks "no answer at all" (network, CORS). */
function describeStatus(status: number | undefined, t: Translate): string | null {
  if (status === undefined) {
    return null;
  }
  return status === 0 ? t('common.error.noResponse') : `HTTP ${status}`;
}

/** A failed call as the user needs it: what CTS said (code, message), the request ID for support, what to try. */
export function ErrorPanel({
  title,
  status,
  code,
  message,
  requestId,
  hint,
  iamAction,
  unauthorized = false,
  onRetry,
}: ErrorPanelProps) {
  const t = useT();
  const statusText = describeStatus(status, t);
  const reference = [statusText, code].filter(Boolean).join(' · ');

  return (
    <Alert
      severity="error"
      variant="outlined"
      action={
        onRetry ? (
          <Button color="inherit" size="small" startIcon={<RefreshIcon />} onClick={onRetry}>
            {t('common.action.retry')}
          </Button>
        ) : undefined
      }
      sx={{ alignItems: 'flex-start' }}
    >
      <AlertTitle>{title ?? t('common.error.title')}</AlertTitle>
      {reference ? (
        <Typography variant="body2" component="p" sx={{ fontWeight: 600 }}>
          <code>{reference}</code>
        </Typography>
      ) : null}
      <Typography variant="body2" component="p" sx={{ overflowWrap: 'anywhere' }}>
        {message}
      </Typography>
      {requestId ? (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, mt: 0.5 }}>
          <Typography variant="body2" component="span">
            <RichText id="common.error.requestId" values={{ requestId }} components={{ 0: <code /> }} />
          </Typography>
          <CopyButton value={requestId} label={t('common.error.requestIdLabel')} />
        </Box>
      ) : null}
      {iamAction ? (
        <Typography variant="body2" component="p" sx={{ mt: 1 }}>
          <RichText id="common.error.iamAction" values={{ action: iamAction }} components={{ 0: <code /> }} />
        </Typography>
      ) : null}
      {unauthorized ? (
        <Typography variant="body2" component="p" sx={{ mt: 1 }}>
          <RichText id="common.error.unauthorized" components={{ 0: <Link component={RouterLink} to="/settings" /> }} />
        </Typography>
      ) : null}
      {hint ? (
        <Box sx={{ mt: 1, typography: 'body2' }}>{hint}</Box>
      ) : null}
    </Alert>
  );
}
