import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { Quota } from '@/api/contract/types';
import { knownLabel } from '@/components/known-label';
import { QUOTA_LABELS } from '@/features/trackers/tracker-config';

/** Tracker quotas as the API reports them (`/quotas`, L2650): used of quota, not constants. */
export function QuotaSummary({ quotas }: { quotas: readonly Quota[] }) {
  return (
    <Box component="ul" aria-label="Tracker quotas" sx={{ listStyle: 'none', p: 0, m: 0, display: 'flex', flexWrap: 'wrap', gap: 3 }}>
      {quotas.map((quota) => {
        const label = `${knownLabel(QUOTA_LABELS, quota.type)}: ${quota.used} of ${quota.quota} used`;
        return (
          <Box component="li" key={quota.type} sx={{ minWidth: 200 }}>
            <Typography variant="body2">
              {label}
              {quota.used >= quota.quota ? ' (full)' : ''}
            </Typography>
            <LinearProgress
              variant="determinate"
              value={quota.quota > 0 ? Math.min(100, (quota.used / quota.quota) * 100) : 100}
              color={quota.used >= quota.quota ? 'warning' : 'primary'}
              aria-label={label}
              sx={{ mt: 0.5, height: 6, borderRadius: 3 }}
            />
          </Box>
        );
      })}
    </Box>
  );
}
