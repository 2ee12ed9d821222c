import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Stack from '@mui/material/Stack';
import { useId } from 'react';
import { type Control, useController, useWatch } from 'react-hook-form';
import { DATA_EVENTS } from '@/api/contract/enums';
import type { DataEvent } from '@/api/contract/types';
import { BucketCheck } from '@/features/trackers/components/form/bucket-check';
import { FormTextField } from '@/features/trackers/components/form/form-controls';
import type { TrackerFormMode, TrackerFormValues } from '@/features/trackers/model/tracker-form-model';
import { DATA_EVENT_LABELS } from '@/features/trackers/tracker-config';
import { useT } from '@/i18n/use-t';

/** What a data tracker records: one bucket (fixed once created, L1914) and its READ and/or WRITE operations. */
export function TrackedBucketFields({ control, mode, self }: { control: Control<TrackerFormValues>; mode: TrackerFormMode; self?: string }) {
  const t = useT();
  const events = useController({ control, name: 'dataEvents' });
  const trackedBucket = useWatch({ control, name: 'trackedBucket' });
  const hintId = useId();
  const selected = events.field.value;
  const toggle = (event: DataEvent, checked: boolean) =>
    events.field.onChange(checked ? DATA_EVENTS.filter((value) => value === event || selected.includes(value)) : selected.filter((value) => value !== event));

  return (
    <Stack spacing={2.5}>
      <FormTextField
        control={control}
        name="trackedBucket"
        label={t('trackers.form.trackedBucket')}
        required
        hint={
          mode === 'edit'
            ? t('trackers.form.trackedBucketFixed')
            : t('trackers.form.trackedBucketHint')
        }
        slotProps={{ htmlInput: { readOnly: mode === 'edit' } }}
        after={mode === 'create' ? <BucketCheck bucketName={trackedBucket} use="tracked" tracking={{ events: selected, self }} /> : null}
      />
      <FormControl component="fieldset" error={events.fieldState.invalid} required>
        <FormLabel component="legend" sx={{ fontWeight: 600, color: 'text.primary' }}>
          {t('trackers.form.operations')}
        </FormLabel>
        <FormGroup row>
          {DATA_EVENTS.map((event, index) => (
            <FormControlLabel
              key={event}
              label={t(DATA_EVENT_LABELS[event])}
              control={
                <Checkbox
                  name={`${events.field.name}.${event}`}
                  checked={selected.includes(event)}
                  onChange={(change) => toggle(event, change.target.checked)}
                  onBlur={events.field.onBlur}
                  slotProps={{ input: { ref: index === 0 ? events.field.ref : undefined, 'aria-describedby': hintId } }}
                />
              }
            />
          ))}
        </FormGroup>
        <FormHelperText id={hintId}>
          {events.fieldState.error?.message ?? t('trackers.form.operationsHint')}
        </FormHelperText>
      </FormControl>
    </Stack>
  );
}
