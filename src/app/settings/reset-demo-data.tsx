import RestartAltIcon from '@mui/icons-material/RestartAlt';
import Button from '@mui/material/Button';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { resetMock } from '@/api/mock-control';
import { describeError } from '@/api/errors';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorPanel } from '@/components/error-panel';

export function ResetDemoData() {
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
        Reset demo data
      </Button>
      <ConfirmDialog
        open={open}
        destructive
        title="Reset the demo data?"
        body="The mock goes back to its generated state. Trackers, key event notifications and tags you created or changed are discarded, and fault settings are cleared."
        confirmLabel="Reset demo data"
        pending={reset.isPending}
        error={reset.isError ? <ErrorPanel {...describeError(reset.error)} title="Reset failed" /> : null}
        onConfirm={() => reset.mutate()}
        onClose={close}
      />
    </>
  );
}
