import Button from '@mui/material/Button';
import { Link as RouterLink } from 'react-router';
import { EmptyState } from '@/components/empty-state';

/** A tracker link whose tracker does not exist (deleted, or a typo in the URL). */
export function TrackerNotFound({ trackerName }: { trackerName: string }) {
  return (
    <EmptyState
      title="Tracker not found"
      description={`No tracker named “${trackerName}” exists in this project.`}
      action={
        <Button component={RouterLink} to="/trackers">
          Back to trackers
        </Button>
      }
    />
  );
}
