import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { Tracker } from '@/api/contract/types';
import { trackerPosture } from '@/features/trackers/posture/tracker-posture';
import { trackerPath } from '@/features/trackers/tracker-config';
import { RichText } from '@/i18n/rich-text';
import { useMessage, useT } from '@/i18n/use-t';

/** Each tracker rated against practice for audit logs, with each missing practice one click from its fix. */
export function TrackerPosturePanel({ trackers }: { trackers: readonly Tracker[] }) {
  const t = useT();
  const message = useMessage();
  if (trackers.length === 0) {
    return null;
  }
  return (
    <Paper variant="outlined" component="section" aria-labelledby="tracker-posture" sx={{ p: 2, mb: 2 }}>
      <Typography id="tracker-posture" variant="h2" sx={{ mb: 0.5 }}>{t('trackers.posture.title')}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t('trackers.posture.description')}
      </Typography>
      <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        {trackers.map((tracker) => {
          const checks = trackerPosture(tracker);
          const missing = checks.filter((check) => !check.met);
          const met = checks.length - missing.length;
          return (
            <Box component="li" key={tracker.tracker_name} aria-label={t('trackers.posture.trackerSummary', { name: tracker.tracker_name, met, total: checks.length })}>
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                <Typography variant="subtitle2" component="h3">{tracker.tracker_name}</Typography>
                <Chip size="small" color={missing.length === 0 ? 'success' : missing.length > 2 ? 'error' : 'warning'} label={t('trackers.posture.chip', { met, total: checks.length })} />
              </Box>
              {missing.length === 0 ? (
                <Typography variant="body2" color="text.secondary">{t('trackers.posture.allMet')}</Typography>
              ) : (
                <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                  {missing.map((check) => (
                    <Box component="li" key={check.id} sx={{ typography: 'body2' }}>
                      <RichText id="trackers.posture.missing" values={{ practice: message(check.label), detail: message(check.detail) }} components={{ 0: <strong /> }} />{' '}
                      {check.fix ? (
                        <Button
                          size="small"
                          component={RouterLink}
                          to={`${trackerPath(tracker.tracker_name)}/edit?fix=${check.id}`}
                          aria-label={t('trackers.posture.fixLabel', { practice: message(check.label).toLowerCase(), name: tracker.tracker_name })}
                        >
                          {t('trackers.posture.fix')}
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
