import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { describeError } from '@/api/errors';

interface TagsNotAddedProps {
  trackerName: string;
  /** Why the tags call failed. */
  error: unknown;
  /** Go to the tracker as it is, without the tags. */
  onLeave: () => void;
}

/** The tracker exists but its tags were refused: said plainly, with the way on either way. */
export function TagsNotAdded({ trackerName, error, onLeave }: TagsNotAddedProps) {
  const reason = describeError(error);
  return (
    <Alert severity="warning">
      <AlertTitle>{`Tracker ${trackerName} was created, but its tags were not added`}</AlertTitle>
      {`${reason.code ? `${reason.code}: ` : ''}${reason.message} `}
      Your tags are kept below: correct them if needed and choose Retry adding tags. The tracker is not created again.
      <Box sx={{ mt: 1 }}>
        <Button color="inherit" size="small" variant="outlined" onClick={onLeave}>
          Open the tracker without tags
        </Button>
      </Box>
    </Alert>
  );
}
