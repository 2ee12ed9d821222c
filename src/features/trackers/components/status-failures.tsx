import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import { describeError } from '@/api/errors';
import type { StatusFailure } from '@/features/trackers/hooks/use-tracker-status';

/** Which tracker kept its status, and what CTS said. */
export function StatusFailures({ failures, onDismiss }: { failures: StatusFailure[]; onDismiss: (trackerName: string) => void }) {
  if (failures.length === 0) {
    return null;
  }
  return (
    <Stack spacing={1}>
      {failures.map((failure) => {
        const { code, message } = describeError(failure.error);
        return (
          <Alert key={failure.trackerName} severity="error" onClose={() => onDismiss(failure.trackerName)}>
            {`${failure.trackerName} could not be ${failure.status === 'enabled' ? 'enabled' : 'disabled'}: ${[code, message].filter(Boolean).join(' ')}. Its status is unchanged.`}
          </Alert>
        );
      })}
    </Stack>
  );
}
