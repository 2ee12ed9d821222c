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
import { useT } from '@/i18n/use-t';

interface TransferFieldsProps {
  control: Control<TrackerFormValues>;
  /** "Not set" is offered only while no retention is stored: a PUT cannot unset it (choice 26 merges). */
  allowNoRetention: boolean;
}

function RetentionField({ control, allowNoRetention }: TransferFieldsProps) {
  const t = useT();
  const { field, fieldState } = useController({ control, name: 'retentionDays' });
  const options = allowNoRetention ? [0, ...BUCKET_LIFECYCLES] : [...BUCKET_LIFECYCLES];
  return (
    <TextField
      select
      label={t('trackers.form.retention')}
      value={field.value}
      onChange={(event) => field.onChange(Number(event.target.value))}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={fieldState.invalid}
      helperText={fieldState.error?.message ?? t('trackers.form.retentionHint')}
    >
      {options.map((days) => (
        <MenuItem key={days} value={days}>
          {retentionLabel(t, days)}
        </MenuItem>
      ))}
    </TextField>
  );
}

function CompressField({ control }: { control: Control<TrackerFormValues> }) {
  const t = useT();
  const { field } = useController({ control, name: 'compressType' });
  return (
    <FormControl component="fieldset">
      <FormLabel component="legend">{t('trackers.form.fileFormat')}</FormLabel>
      <RadioGroup row name={field.name} value={field.value} onChange={(_, value) => field.onChange(value as CompressType)} onBlur={field.onBlur}>
        {COMPRESS_TYPES.map((value) => (
          <FormControlLabel key={value} value={value} control={<Radio />} label={t(COMPRESS_TYPE_LABELS[value])} />
        ))}
      </RadioGroup>
    </FormControl>
  );
}

/** Transfer of trace files to OBS (Table 6-70): optional; its settings appear only when it is on. */
export function TransferFields({ control, allowNoRetention }: TransferFieldsProps) {
  const t = useT();
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
        label={t('trackers.form.transferToObs')}
        hint={t('trackers.form.transferToObsHint')}
      />
      {transferToObs ? (
        <>
          <FormControl component="fieldset">
            <FormLabel component="legend">{t('trackers.form.bucket')}</FormLabel>
            <RadioGroup
              row
              name={source.field.name}
              value={source.field.value}
              onChange={(_, value) => source.field.onChange(value as BucketSource)}
              onBlur={source.field.onBlur}
            >
              <FormControlLabel value="existing" control={<Radio />} label={t('trackers.form.existingBucket')} />
              <FormControlLabel value="new" control={<Radio />} label={t('trackers.form.newBucket')} />
            </RadioGroup>
          </FormControl>
          <FormTextField
            control={control}
            name="transferBucket"
            label={t('trackers.form.transferBucket')}
            required
            hint={t('trackers.form.transferBucketHint')}
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
            label={t('trackers.form.filePrefix')}
            hint={t('trackers.form.filePrefixHint')}
          />
          {trackerType === 'data' ? <RetentionField control={control} allowNoRetention={allowNoRetention} /> : null}
          <CompressField control={control} />
          <FormCheckbox
            control={control}
            name="sortByService"
            label={t('trackers.form.sortByService')}
            hint={t('trackers.form.sortByServiceHint')}
          />
        </>
      ) : null}
    </Stack>
  );
}
