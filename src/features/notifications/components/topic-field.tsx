import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { type Control, Controller, useWatch } from 'react-hook-form';
import { detectTopicType } from '@/api/rules/notification-rules';
import type { NotificationFormValues } from '@/features/notifications/builder/notification-form-model';
import { NOTIFICATION_TYPE_LABELS } from '@/features/notifications/notification-config';

/** The topic or function URN; its kind is the notification's `notification_type` (L771, L1099). */
export function TopicField({ control, editing }: { control: Control<NotificationFormValues>; editing: boolean }) {
  const topicId = useWatch({ control, name: 'topicId' }).trim();
  const detected = topicId === '' ? null : detectTopicType(topicId);
  return (
    <Box role="group" aria-labelledby="topic-title" sx={{ display: 'grid', gap: 1.5 }}>
      <Typography id="topic-title" variant="subtitle2" component="h3">
        Topic or function
      </Typography>
      <Controller
        control={control}
        name="topicId"
        render={({ field, fieldState }) => (
          <TextField
            {...field}
            size="small"
            label="Topic URN or function URN"
            placeholder="urn:smn:region:project_id:topic"
            error={fieldState.error !== undefined}
            helperText={fieldState.error?.message ?? 'An SMN topic (urn:smn:…) or a FunctionGraph function (urn:fss:…:function:…).'}
            slotProps={{ htmlInput: { spellCheck: false, 'aria-describedby': 'topic-detected' } }}
          />
        )}
      />
      <Typography id="topic-detected" variant="body2" role="status" aria-live="polite">
        {topicId === ''
          ? 'No topic: the notification is saved disabled and cannot be enabled until it has one.'
          : detected === null
            ? 'Not recognised as an SMN topic or a function URN.'
            : `Detected: ${NOTIFICATION_TYPE_LABELS[detected]} (notification type “${detected}”).`}
      </Typography>
      {editing ? (
        <Controller
          control={control}
          name="enabled"
          render={({ field }) => (
            <FormControlLabel
              control={<Switch checked={field.value && topicId !== ''} disabled={topicId === ''} onChange={(event) => field.onChange(event.target.checked)} />}
              label="Enabled"
            />
          )}
        />
      ) : (
        <Alert severity="info" variant="outlined">
          A new notification is enabled when it has a topic or function, and saved disabled without one.
        </Alert>
      )}
    </Box>
  );
}
