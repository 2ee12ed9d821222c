import RestartAltIcon from '@mui/icons-material/RestartAlt';
import Button from '@mui/material/Button';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { resetMock } from '@/api/mock-control';
import { describeError } from '@/api/errors';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorPanel } from '@/components/error-panel';
import { useT } from '@/i18n/use-t';

export function ResetDemoData() {
  const t = useT();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const reset = useMutation({
    mutationFn: () => resetMock(),
    onSuccess: async () => {
      setOpen(false);
      // Every cached answer describes the old world.
      await queryClient.resetQueries();
    },
  });

  const close = () => {
    setOpen(false);
    reset.reset();
  };

  return (
    <>
      <Button variant="outlined" color="error" startIcon={<RestartAltIcon />} onClick={() => setOpen(true)}>
        {t('settings.reset.button')}
      </Button>
      <ConfirmDialog
        open={open}
        destructive
        title={t('settings.reset.title')}
        body={t('settings.reset.body')}
        confirmLabel={t('settings.reset.button')}
        pending={reset.isPending}
        error={reset.isError ? <ErrorPanel {...describeError(reset.error)} title={t('settings.reset.failed')} /> : null}
        onConfirm={() => reset.mutate()}
        onClose={close}
      />
    </>
  );
}
