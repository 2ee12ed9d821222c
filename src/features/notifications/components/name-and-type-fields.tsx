import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import { type Control, Controller } from 'react-hook-form';
import type { NotificationFormValues } from '@/features/notifications/builder/notification-form-model';
import { useT } from '@/i18n/use-t';

export function NameAndTypeFields({ control }: { control: Control<NotificationFormValues> }) {
  const t = useT();
  return (
    <>
      <Controller
        control={control}
        name="name"
        render={({ field, fieldState }) => (
          <TextField
            {...field}
            size="small"
            label={t('notifications.name.label')}
            required
            error={fieldState.error !== undefined}
            helperText={fieldState.error?.message ?? t('notifications.name.help')}
            slotProps={{ htmlInput: { spellCheck: false, autoComplete: 'off' } }}
            sx={{ maxWidth: 480 }}
          />
        )}
      />
      <Controller
        control={control}
        name="operationType"
        render={({ field }) => (
          <FormControl>
            <FormLabel id="operation-type-label">{t('notifications.operationType.label')}</FormLabel>
            <RadioGroup row aria-labelledby="operation-type-label" {...field}>
              <FormControlLabel value="complete" control={<Radio />} label={t('notifications.operationType.complete')} />
              <FormControlLabel value="customized" control={<Radio />} label={t('notifications.operationType.customized')} />
            </RadioGroup>
          </FormControl>
        )}
      />
    </>
  );
}
