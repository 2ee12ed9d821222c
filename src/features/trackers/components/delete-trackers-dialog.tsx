import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { describeError } from '@/api/errors';
import { trackerMutations, type TrackerDeleteOutcome } from '@/api/trackers';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { useT } from '@/i18n/use-t';

interface DeleteTrackersDialogProps {
  /** Data tracker names only: the caller never offers the management tracker. */
  trackerNames: readonly string[];
  open: boolean;
  onClose: () => void;
  /** The trackers CTS deleted (all of them, or those of a partial failure). */
  onDeleted: (trackerNames: string[]) => void;
}

function Failures({ outcomes }: { outcomes: TrackerDeleteOutcome[] }) {
  const t = useT();
  const failed = outcomes.filter((outcome) => !outcome.ok);
  const deleted = outcomes.filter((outcome) => outcome.ok).map((outcome) => outcome.trackerName);
  return (
    <Alert severity="error" variant="outlined">
      <Typography variant="body2" component="p" sx={{ fontWeight: 600 }}>
        {deleted.length > 0 ? t('trackers.delete.deleted', { names: deleted.join(', ') }) : ''}
        {t('trackers.delete.notDeleted', { failed: failed.length, total: outcomes.length })}
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {failed.map((outcome) => {
          const { code, message } = outcome.ok ? { code: '', message: '' } : describeError(outcome.error);
          return (
            <li key={outcome.trackerName}>
              <Typography variant="body2">{t('trackers.delete.failure', { name: outcome.trackerName, reason: [code, message].filter(Boolean).join(' ') })}</Typography>
            </li>
          );
        })}
      </Box>
    </Alert>
  );
}

/** Deletes the chosen data trackers, one DELETE each, and says which ones CTS refused. */
export function DeleteTrackersDialog({ trackerNames, open, onClose, onDeleted }: DeleteTrackersDialogProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const remove = useMutation(trackerMutations.removeMany(queryClient));
  const outcomes = remove.data;
  const failed = outcomes?.some((outcome) => !outcome.ok) ?? false;

  const confirm = () =>
    remove.mutate(trackerNames, {
      onSuccess: (results) => {
        onDeleted(results.filter((outcome) => outcome.ok).map((outcome) => outcome.trackerName));
        if (results.every((outcome) => outcome.ok)) {
          remove.reset();
          onClose();
        }
      },
    });
  const close = () => {
    remove.reset();
    onClose();
  };
  const count = trackerNames.length;

  return (
    <ConfirmDialog
      open={open}
      destructive
      title={t('trackers.delete.title', { count })}
      body={
        <>
          <Typography variant="body2" sx={{ mb: 1 }}>
            {t('trackers.delete.body')}
          </Typography>
          <Box component="ul" aria-label={t('trackers.delete.listLabel')} sx={{ m: 0, pl: 2.5 }}>
            {trackerNames.map((name) => (
              <li key={name}>
                <Typography variant="body2" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
                  {name}
                </Typography>
              </li>
            ))}
          </Box>
        </>
      }
      confirmLabel={failed ? t('trackers.delete.retryFailed') : t('trackers.delete.confirm', { count })}
      pending={remove.isPending}
      error={
        outcomes && failed ? (
          <Failures outcomes={outcomes} />
        ) : remove.error ? (
          <Alert severity="error">{describeError(remove.error).message}</Alert>
        ) : null
      }
      onConfirm={confirm}
      onClose={close}
    />
  );
}
