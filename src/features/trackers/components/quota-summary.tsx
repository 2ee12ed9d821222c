import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { trackerQueries } from '@/api/trackers';
import { QUOTA_LABELS } from '@/features/trackers/tracker-config';

/** Tracker quotas as the API reports them (`/quotas`, L2650), not as constants. */
export function QuotaSummary() {
  const { data: quotas, isError } = useQuery(trackerQueries.quotas());
  if (isError || !quotas) {
    return null;
  }
  return (
    <Stack direction="row" spacing={1} component="ul" aria-label="Tracker quotas" sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {quotas.map((quota) => (
        <li key={quota.type}>
          <Chip
            size="small"
            variant="outlined"
            color={quota.used >= quota.quota ? 'warning' : 'default'}
            label={`${QUOTA_LABELS[quota.type]}: ${quota.used} of ${quota.quota}`}
          />
        </li>
      ))}
    </Stack>
  );
}
