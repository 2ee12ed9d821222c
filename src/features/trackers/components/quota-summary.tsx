import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { Quota } from '@/api/contract/types';
import { QUOTA_LABELS, knownMessage } from '@/features/trackers/tracker-config';
import { useT } from '@/i18n/use-t';

/** Tracker quotas as the API reports them (`/quotas`, L2650): used of quota, not constants. */
export function QuotaSummary({ quotas }: { quotas: readonly Quota[] }) {
  const t = useT();
  return (
    <Box component="ul" aria-label={t('trackers.quota.listLabel')} sx={{ listStyle: 'none', p: 0, m: 0, display: 'flex', flexWrap: 'wrap', gap: 3 }}>
      {quotas.map((quota) => {
        const values = { type: knownMessage(t, QUOTA_LABELS, quota.type), used: quota.used, quota: quota.quota };
        const full = quota.used >= quota.quota;
        const label = t('trackers.quota.usage', values);
        return (
          <Box component="li" key={quota.type} sx={{ minWidth: 200 }}>
            <Typography variant="body2">
              {full ? t('trackers.quota.usageFull', values) : label}
            </Typography>
            <LinearProgress
              variant="determinate"
              value={quota.quota > 0 ? Math.min(100, (quota.used / quota.quota) * 100) : 100}
              color={full ? 'warning' : 'primary'}
              aria-label={label}
              sx={{ mt: 0.5, height: 6, borderRadius: 3 }}
            />
          </Box>
        );
      })}
    </Box>
  );
}
