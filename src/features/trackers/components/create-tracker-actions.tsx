import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { Link as RouterLink } from 'react-router';
import type { TrackerType } from '@/api/contract/types';
import { MANAGEMENT_TRACKER_NAME } from '@/api/rules/trace-query-rules';
import { TRACKER_TYPE_LABELS, trackerPath } from '@/features/trackers/tracker-config';

function CreateButton({ type, reason }: { type: TrackerType; reason: string | undefined }) {
  const reasonId = useId();
  const label = `Create ${TRACKER_TYPE_LABELS[type].toLowerCase()} tracker`;
  return (
    <Box sx={{ maxWidth: 360 }}>
      {reason ? (
        <Button variant="outlined" startIcon={<AddIcon />} disabled aria-describedby={reasonId}>
          {label}
        </Button>
      ) : (
        <Button variant={type === 'data' ? 'contained' : 'outlined'} startIcon={<AddIcon />} component={RouterLink} to={`/trackers/new?type=${type}`}>
          {label}
        </Button>
      )}
      {reason ? (
        <Typography id={reasonId} variant="body2" sx={{ mt: 0.5, color: 'text.secondary' }}>
          {reason}{' '}
          {type === 'system' ? (
            <Link component={RouterLink} to={`${trackerPath(MANAGEMENT_TRACKER_NAME)}/edit`}>
              Configure the management tracker
            </Link>
          ) : null}
        </Typography>
      ) : null}
    </Box>
  );
}

/** One create action per type; a type whose quota is full is disabled with the reason. */
export function CreateTrackerActions({ unavailable }: { unavailable: Partial<Record<TrackerType, string>> }) {
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}>
      <CreateButton type="data" reason={unavailable.data} />
      <CreateButton type="system" reason={unavailable.system} />
    </Box>
  );
}
