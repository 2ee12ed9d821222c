import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { type Control, Controller, useWatch } from 'react-hook-form';
import { detectTopicType } from '@/api/rules/notification-rules';
import type { NotificationFormValues } from '@/features/notifications/builder/notification-form-model';
import { notificationTypeLabel } from '@/features/notifications/notification-config';
import { useT } from '@/i18n/use-t';

/** The topic or function URN; its kind is the notification's `notification_type` (L771, L1099). */
export function TopicField({ control, editing }: { control: Control<NotificationFormValues>; editing: boolean }) {
  const t = useT();
  const topicId = useWatch({ control, name: 'topicId' }).trim();
  const detected = topicId === '' ? null : detectTopicType(topicId);
  return (
    <Box role="group" aria-labelledby="topic-title" sx={{ display: 'grid', gap: 1.5 }}>
      <Typography id="topic-title" variant="subtitle2" component="h3">
        {t('notifications.topic.title')}
      </Typography>
      <Controller
        control={control}
        name="topicId"
        render={({ field, fieldState }) => (
          <TextField
            {...field}
            size="small"
            label={t('notifications.topic.label')}
            placeholder={t('notifications.topic.placeholder')}
            error={fieldState.error !== undefined}
            helperText={fieldState.error?.message ?? t('notifications.topic.help')}
            slotProps={{ htmlInput: { spellCheck: false, 'aria-describedby': 'topic-detected' } }}
          />
        )}
      />
      <Typography id="topic-detected" variant="body2" role="status" aria-live="polite">
        {topicId === ''
          ? t('notifications.topic.none')
          : detected === null
            ? t('notifications.topic.unrecognised')
            : t('notifications.topic.detected', { label: notificationTypeLabel(detected, t), type: detected })}
      </Typography>
      {editing ? (
        <Controller
          control={control}
          name="enabled"
          render={({ field }) => (
            <FormControlLabel
              control={<Switch checked={field.value && topicId !== ''} disabled={topicId === ''} onChange={(event) => field.onChange(event.target.checked)} />}
              label={t('notifications.topic.enabled')}
            />
          )}
        />
      ) : (
        <Alert severity="info" variant="outlined">
          {t('notifications.topic.newStatus')}
        </Alert>
      )}
    </Box>
  );
}
