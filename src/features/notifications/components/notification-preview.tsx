import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { describeError } from '@/api/errors';
import { ErrorPanel } from '@/components/error-panel';
import type { NotificationFormValues } from '@/features/notifications/builder/notification-form-model';
import { PreviewMatches } from '@/features/notifications/components/preview-matches';
import { useNotificationPreview } from '@/features/notifications/hooks/use-notification-preview';
import { DEFAULT_PREVIEW_BOUND, PREVIEW_BOUNDS } from '@/features/notifications/preview/preview-plan';
import { describeLimits, describeOutcome, describePlan } from '@/features/notifications/preview/preview-scope';
import { useT } from '@/i18n/use-t';

interface NotificationPreviewProps {
  /** The rule as it stands when the test starts. */
  getValues: () => NotificationFormValues;
  /** Why the rule cannot be tested yet, if it cannot. */
  blockedReason: string | null;
}

/** "Test this notification": which recent traces the rule would have caught. A preview, not a replay. */
export function NotificationPreview({ getValues, blockedReason }: NotificationPreviewProps) {
  const t = useT();
  const { state, start, cancel } = useNotificationPreview();
  const [bound, setBound] = useState<number>(DEFAULT_PREVIEW_BOUND);
  const running = state.status === 'running';
  const run = () => {
    const values = getValues();
    start(values, bound);
  };
  const groupsWithoutUsers = () => getValues().userGroups.filter((group) => group.users.length === 0).length;

  return (
    <Box role="group" aria-labelledby="preview-title" sx={{ display: 'grid', gap: 1.5 }}>
      <Typography id="preview-title" variant="subtitle2" component="h3">
        {t('notifications.preview.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('notifications.preview.description')}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5 }}>
        <TextField select size="small" label={t('notifications.preview.bound')} value={bound} onChange={(event) => setBound(Number(event.target.value))} disabled={running} sx={{ minWidth: 160 }}>
          {PREVIEW_BOUNDS.map((value) => (
            <MenuItem key={value} value={value}>
              {t('notifications.preview.boundOption', { count: value })}
            </MenuItem>
          ))}
        </TextField>
        <Button variant="outlined" startIcon={<PlayArrowIcon />} onClick={run} disabled={running || blockedReason !== null}>
          {t('notifications.preview.run')}
        </Button>
        {running ? <Button onClick={cancel}>{t('notifications.preview.cancel')}</Button> : null}
      </Box>
      {blockedReason ? <Typography variant="body2" color="text.secondary">{blockedReason}</Typography> : null}
      {state.status === 'running' ? (
        <Box role="status" aria-live="polite">
          <Typography variant="body2">{describePlan(state.plan, t)}</Typography>
          <LinearProgress
            variant="determinate"
            value={Math.min(100, (state.progress.read / state.plan.bound) * 100)}
            aria-label={t('notifications.preview.progressLabel')}
            sx={{ my: 1 }}
          />
          <Typography variant="body2">
            {t('notifications.preview.progress', {
              read: state.progress.read,
              bound: state.plan.bound,
              done: state.progress.queriesDone,
              total: state.plan.queries.length,
            })}
          </Typography>
        </Box>
      ) : null}
      {state.status === 'cancelled' ? (
        <Alert severity="info" variant="outlined">
          {t('notifications.preview.cancelled', { read: state.progress.read, plan: describePlan(state.plan, t) })}
        </Alert>
      ) : null}
      {state.status === 'failed' ? <ErrorPanel {...describeError(state.error)} title={t('notifications.preview.failed')} onRetry={run} /> : null}
      {state.status === 'done' ? (
        <Box sx={{ display: 'grid', gap: 1 }}>
          <Alert severity={state.result.matches.length > 0 ? 'success' : 'info'} variant="outlined" role="status">
            <strong>{t('notifications.preview.result', { count: state.result.matches.length })}</strong>
            <br />
            {t('notifications.preview.scope', { plan: describePlan(state.result.plan, t), outcome: describeOutcome(state.result, t) })}
            {describeLimits(state.rule, groupsWithoutUsers(), t).map((note) => (
              <Box key={note} component="span" sx={{ display: 'block' }}>
                {note}
              </Box>
            ))}
          </Alert>
          <PreviewMatches matches={state.result.matches} filter={state.rule.filter} />
        </Box>
      ) : null}
    </Box>
  );
}
