import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { type Control, useController, useWatch } from 'react-hook-form';
import { BUCKET_LIFECYCLES, COMPRESS_TYPES } from '@/api/contract/enums';
import type { CompressType } from '@/api/contract/types';
import { BucketCheck } from '@/features/trackers/components/form/bucket-check';
import { FormCheckbox, FormTextField } from '@/features/trackers/components/form/form-controls';
import type { BucketSource, TrackerFormValues } from '@/features/trackers/model/tracker-form-model';
import { COMPRESS_TYPE_LABELS, retentionLabel } from '@/features/trackers/tracker-config';

interface TransferFieldsProps {
  control: Control<TrackerFormValues>;
  /** "Not set" is offered only while no retention is stored: a PUT cannot unset it (choice 26 merges). */
  allowNoRetention: boolean;
}

function RetentionField({ control, allowNoRetention }: TransferFieldsProps) {
  const { field, fieldState } = useController({ control, name: 'retentionDays' });
  const options = allowNoRetention ? [0, ...BUCKET_LIFECYCLES] : [...BUCKET_LIFECYCLES];
  return (
    <TextField
      select
      label="Keep trace files for"
      value={field.value}
      onChange={(event) => field.onChange(Number(event.target.value))}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={fieldState.invalid}
      helperText={fieldState.error?.message ?? 'OBS deletes trace files older than this (lifecycle rule).'}
    >
      {options.map((days) => (
        <MenuItem key={days} value={days}>
          {retentionLabel(days)}
        </MenuItem>
      ))}
    </TextField>
  );
}

function CompressField({ control }: { control: Control<TrackerFormValues> }) {
  const { field } = useController({ control, name: 'compressType' });
  return (
    <FormControl component="fieldset">
      <FormLabel component="legend">Trace file format</FormLabel>
      <RadioGroup row name={field.name} value={field.value} onChange={(_, value) => field.onChange(value as CompressType)} onBlur={field.onBlur}>
        {COMPRESS_TYPES.map((value) => (
          <FormControlLabel key={value} value={value} control={<Radio />} label={COMPRESS_TYPE_LABELS[value]} />
        ))}
      </RadioGroup>
    </FormControl>
  );
}

/** Transfer of trace files to OBS (Table 6-70): optional; its settings appear only when it is on. */
export function TransferFields({ control, allowNoRetention }: TransferFieldsProps) {
  const [transferToObs, trackerType, transferBucket, encryption, kmsId] = useWatch({
    control,
    name: ['transferToObs', 'trackerType', 'transferBucket', 'encryption', 'kmsId'],
  });
  const source = useController({ control, name: 'bucketSource' });

  return (
    <Stack spacing={2.5}>
      <FormCheckbox
        control={control}
        name="transferToObs"
        label="Transfer trace files to an OBS bucket"
        hint="Without a transfer, CTS keeps traces for 7 days only."
      />
      {transferToObs ? (
        <>
          <FormControl component="fieldset">
            <FormLabel component="legend">Bucket</FormLabel>
            <RadioGroup
              row
              name={source.field.name}
              value={source.field.value}
              onChange={(_, value) => source.field.onChange(value as BucketSource)}
              onBlur={source.field.onBlur}
            >
              <FormControlLabel value="existing" control={<Radio />} label="Existing bucket" />
              <FormControlLabel value="new" control={<Radio />} label="New bucket (CTS creates it)" />
            </RadioGroup>
          </FormControl>
          <FormTextField
            control={control}
            name="transferBucket"
            label="Transfer bucket"
            required
            hint="3–63 lowercase letters, digits, hyphens (-) or periods (.), starting with a letter or digit."
            after={
              <BucketCheck
                bucketName={transferBucket}
                use={source.field.value === 'new' ? 'new-transfer' : 'transfer'}
                encryption={trackerType === 'system' ? { enabled: encryption, kmsId } : undefined}
              />
            }
          />
          <FormTextField
            control={control}
            name="filePrefix"
            label="File prefix"
            hint="Optional: up to 64 letters, digits, periods (.), hyphens (-) or underscores (_)."
          />
          {trackerType === 'data' ? <RetentionField control={control} allowNoRetention={allowNoRetention} /> : null}
          <CompressField control={control} />
          <FormCheckbox
            control={control}
            name="sortByService"
            label="Sort the transfer path by cloud service"
            hint="Adds the service name to each trace file's path."
          />
        </>
      ) : null}
    </Stack>
  );
}
