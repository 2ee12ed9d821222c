import Button from '@mui/material/Button';
import { useEffect, useState } from 'react';
import { Link as RouterLink, useLocation } from 'react-router';
import { useConnection } from '@/app/hooks/use-connection';
import { useT } from '@/i18n/use-t';

/** How long before a token lapses the header asks to sign in again. */
export const EXPIRY_WARNING_MS = 15 * 60_000;

function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** A sign-in about to lapse says so in the header, with the way to sign in again and come back. */
export function SignInExpiry() {
  const t = useT();
  const connection = useConnection();
  const location = useLocation();
  const now = useNow(30_000);
  const expiresAt = connection.mode === 'live' ? connection.tokenExpiresAt : null;
  if (expiresAt === null || expiresAt - now > EXPIRY_WARNING_MS || location.pathname === '/settings') {
    return null;
  }
  const minutes = Math.max(0, Math.ceil((expiresAt - now) / 60_000));
  const from = new URLSearchParams({ from: `${location.pathname}${location.search}` });
  return (
    <Button
      component={RouterLink}
      to={`/settings?${from.toString()}`}
      size="small"
      variant="contained"
      color="warning"
      sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
    >
      {minutes > 0 ? t('app.signInExpiry.expiresIn', { minutes }) : t('app.signInExpiry.expired')}
    </Button>
  );
}
