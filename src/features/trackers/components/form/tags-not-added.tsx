import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { describeError } from '@/api/errors';
import { useT } from '@/i18n/use-t';

interface TagsNotAddedProps {
  trackerName: string;
  /** Why the tags call failed. */
  error: unknown;
  /** Go to the tracker as it is, without the tags. */
  onLeave: () => void;
}

/** The tracker exists but its tags were refused: said plainly, with the way on either way. */
export function TagsNotAdded({ trackerName, error, onLeave }: TagsNotAddedProps) {
  const t = useT();
  const reason = describeError(error);
  return (
    <Alert severity="warning">
      <AlertTitle>{t('trackers.tagsNotAdded.title', { name: trackerName })}</AlertTitle>
      {reason.code ? t('trackers.tagsNotAdded.reason', { code: reason.code, message: reason.message }) : reason.message}{' '}
      {t('trackers.tagsNotAdded.body')}
      <Box sx={{ mt: 1 }}>
        <Button color="inherit" size="small" variant="outlined" onClick={onLeave}>
          {t('trackers.tagsNotAdded.leave')}
        </Button>
      </Box>
    </Alert>
  );
}
