import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useId } from 'react';
import { type Control, useController } from 'react-hook-form';
import { MANAGEMENT_TRACKER_NAME } from '@/api/rules/trace-query-rules';
import { TRACKER_TYPES } from '@/api/contract/enums';
import type { TrackerType } from '@/api/contract/types';
import { FormTextField } from '@/features/trackers/components/form/form-controls';
import type { TrackerFormMode, TrackerFormValues } from '@/features/trackers/model/tracker-form-model';
import { TRACKER_TYPE_TRACKER_LABELS } from '@/features/trackers/tracker-config';
import type { Message, MessageId } from '@/i18n/message-id';
import { useMessage, useT } from '@/i18n/use-t';

interface IdentityFieldsProps {
  control: Control<TrackerFormValues>;
  mode: TrackerFormMode;
  /** Why a type cannot be created (its quota is full), by type. */
  unavailable: Partial<Record<TrackerType, Message>>;
  onTypeChange: (type: TrackerType) => void;
}

const TYPE_HINTS: Record<TrackerType, MessageId> = {
  system: 'trackers.form.typeHint.system',
  data: 'trackers.form.typeHint.data',
};

/** Type and name. A management tracker is always named system (L1877); a tracker's type never changes. */
export function IdentityFields({ control, mode, unavailable, onTypeChange }: IdentityFieldsProps) {
  const t = useT();
  const message = useMessage();
  const type = useController({ control, name: 'trackerType' });
  const errorId = useId();
  const chosen = type.field.value;

  return (
    <Stack spacing={2.5}>
      {mode === 'create' ? (
        <FormControl component="fieldset" error={type.fieldState.invalid}>
          <FormLabel component="legend" sx={{ fontWeight: 600, color: 'text.primary' }}>
            {t('trackers.form.trackerType')}
          </FormLabel>
          <RadioGroup
            name={type.field.name}
            value={chosen}
            onChange={(_, value) => onTypeChange(value as TrackerType)}
            onBlur={type.field.onBlur}
            aria-describedby={type.fieldState.error ? errorId : undefined}
          >
            {TRACKER_TYPES.map((value) => (
              <FormControlLabel
                key={value}
                value={value}
                disabled={unavailable[value] !== undefined && chosen !== value}
                control={<Radio slotProps={{ input: { ref: value === chosen ? type.field.ref : undefined } }} />}
                label={t('trackers.form.typeOption', { type: t(TRACKER_TYPE_TRACKER_LABELS[value]), hint: message(unavailable[value] ?? TYPE_HINTS[value]) })}
              />
            ))}
          </RadioGroup>
          {type.fieldState.error ? <FormHelperText id={errorId}>{type.fieldState.error.message}</FormHelperText> : null}
        </FormControl>
      ) : (
        <TextField
          label={t('trackers.form.trackerType')}
          value={t(TRACKER_TYPE_TRACKER_LABELS[chosen])}
          helperText={type.fieldState.error?.message ?? t('trackers.form.typeFixed')}
          error={type.fieldState.invalid}
          slotProps={{ htmlInput: { readOnly: true } }}
        />
      )}
      {chosen === 'system' ? (
        <TextField
          label={t('trackers.form.trackerName')}
          value={MANAGEMENT_TRACKER_NAME}
          helperText={t('trackers.form.systemName')}
          slotProps={{ htmlInput: { readOnly: true } }}
        />
      ) : (
        <FormTextField
          control={control}
          name="trackerName"
          label={t('trackers.form.trackerName')}
          required
          hint={
            mode === 'edit'
              ? t('trackers.form.nameFixed')
              : t('trackers.form.nameHint')
          }
          slotProps={{ htmlInput: { readOnly: mode === 'edit', maxLength: undefined } }}
        />
      )}
    </Stack>
  );
}
