import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import { describeError } from '@/api/errors';
import type { StatusFailure } from '@/features/trackers/hooks/use-tracker-status';
import { useT } from '@/i18n/use-t';

/** Which tracker kept its status, and what CTS said. */
export function StatusFailures({ failures, onDismiss }: { failures: StatusFailure[]; onDismiss: (trackerName: string) => void }) {
  const t = useT();
  if (failures.length === 0) {
    return null;
  }
  return (
    <Stack spacing={1}>
      {failures.map((failure) => {
        const { code, message } = describeError(failure.error);
        return (
          <Alert key={failure.trackerName} severity="error" onClose={() => onDismiss(failure.trackerName)}>
            {t(failure.status === 'enabled' ? 'trackers.statusFailure.enabled' : 'trackers.statusFailure.disabled', {
              name: failure.trackerName,
              reason: [code, message].filter(Boolean).join(' '),
            })}
          </Alert>
        );
      })}
    </Stack>
  );
}
