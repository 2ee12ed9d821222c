import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Snackbar from '@mui/material/Snackbar';
import { useState } from 'react';
import { useT } from '@/i18n/use-t';

/**
 * Tells the user what the start had to reset (stored demo data that could not be read). It stays
 * until dismissed: the user needs to know their changes are gone, not to catch a toast in time.
 */
export function StartupNotice({ message }: { message: string }) {
  const t = useT();
  const [open, setOpen] = useState(true);
  return (
    <Snackbar open={open} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
      <Alert severity="warning" variant="filled" onClose={() => setOpen(false)} sx={{ maxWidth: 720 }}>
        <AlertTitle>{t('app.startup.noticeTitle')}</AlertTitle>
        {message}
      </Alert>
    </Snackbar>
  );
}
