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
function describeStatus(status: number | undefined): string | null {
  if (status === undefined) {
    return null;
  }
  return status === 0 ? 'No response' : `HTTP ${status}`;
}

/** A failed call as the user needs it: what CTS said (code, message), the request ID for support, what to try. */
export function ErrorPanel({
  title = 'Something went wrong',
  status,
  code,
  message,
  requestId,
  hint,
  iamAction,
  unauthorized = false,
  onRetry,
}: ErrorPanelProps) {
  const statusText = describeStatus(status);
  const reference = [statusText, code].filter(Boolean).join(' · ');

  return (
    <Alert
      severity="error"
      variant="outlined"
      action={
        onRetry ? (
          <Button color="inherit" size="small" startIcon={<RefreshIcon />} onClick={onRetry}>
            Retry
          </Button>
        ) : undefined
      }
      sx={{ alignItems: 'flex-start' }}
    >
      <AlertTitle>{title}</AlertTitle>
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
            Request ID: <code>{requestId}</code>
          </Typography>
          <CopyButton value={requestId} label="request ID" />
        </Box>
      ) : null}
      {iamAction ? (
        <Typography variant="body2" component="p" sx={{ mt: 1 }}>
          Ask an administrator for an IAM policy that allows <code>{iamAction}</code>.
        </Typography>
      ) : null}
      {unauthorized ? (
        <Typography variant="body2" component="p" sx={{ mt: 1 }}>
          Check the IAM token and IDs in the{' '}
          <Link component={RouterLink} to="/settings">
            connection settings
          </Link>
          .
        </Typography>
      ) : null}
      {hint ? (
        <Box sx={{ mt: 1, typography: 'body2' }}>{hint}</Box>
      ) : null}
    </Alert>
  );
}
