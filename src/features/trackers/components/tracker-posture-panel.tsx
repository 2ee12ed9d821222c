import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { Tracker } from '@/api/contract/types';
import { trackerPosture } from '@/features/trackers/posture/tracker-posture';
import { trackerPath } from '@/features/trackers/tracker-config';

/** Each tracker rated against practice for audit logs, with each missing practice one click from its fix. */
export function TrackerPosturePanel({ trackers }: { trackers: readonly Tracker[] }) {
  if (trackers.length === 0) {
    return null;
  }
  return (
    <Paper variant="outlined" component="section" aria-labelledby="tracker-posture" sx={{ p: 2, mb: 2 }}>
      <Typography id="tracker-posture" variant="h2" sx={{ mb: 0.5 }}>Audit posture</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        Each tracker against practice for audit logs: file verification, KMS encryption, analysis in LTS, transfer with at least 180 days of
        retention (China&apos;s MLPS 2.0 and most audit standards), the management tracker enabled. A fix opens the form with the change made; nothing is saved until you save.
      </Typography>
      <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        {trackers.map((tracker) => {
          const checks = trackerPosture(tracker);
          const missing = checks.filter((check) => !check.met);
          const met = checks.length - missing.length;
          return (
            <Box component="li" key={tracker.tracker_name} aria-label={`${tracker.tracker_name}: ${met} of ${checks.length} practices`}>
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                <Typography variant="subtitle2" component="h3">{tracker.tracker_name}</Typography>
                <Chip size="small" color={missing.length === 0 ? 'success' : missing.length > 2 ? 'error' : 'warning'} label={`${met} of ${checks.length} practices`} />
              </Box>
              {missing.length === 0 ? (
                <Typography variant="body2" color="text.secondary">Meets every practice.</Typography>
              ) : (
                <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                  {missing.map((check) => (
                    <Box component="li" key={check.id} sx={{ typography: 'body2' }}>
                      <strong>{check.label}</strong>: {check.detail}{' '}
                      {check.fix ? (
                        <Button
                          size="small"
                          component={RouterLink}
                          to={`${trackerPath(tracker.tracker_name)}/edit?fix=${check.id}`}
                          aria-label={`Fix ${check.label.toLowerCase()} of ${tracker.tracker_name}`}
                        >
                          Fix
                        </Button>
                      ) : null}
                    </Box>
                  ))}
                </Box>
              )}
            </Box>
          );
        })}
      </Box>
    </Paper>
  );
}
