import Stack from '@mui/material/Stack';
import { type Control, useWatch } from 'react-hook-form';
import { FormCheckbox, FormTextField } from '@/features/trackers/components/form/form-controls';
import type { TrackerFormValues } from '@/features/trackers/model/tracker-form-model';
import { useT } from '@/i18n/use-t';

const KMS_ID_EXAMPLE = '13a4207c-7abe-4b68-8510-16b84c3b5504';

/** Settings of the management tracker only (L1876, L1881, L1884–1885, L1895). */
export function ManagementFields({ control }: { control: Control<TrackerFormValues> }) {
  const t = useT();
  const encryption = useWatch({ control, name: 'encryption' });
  return (
    <Stack spacing={2}>
      <FormCheckbox control={control} name="encryption" label={t('trackers.form.encryption')} />
      {encryption ? (
        <FormTextField
          control={control}
          name="kmsId"
          label={t('trackers.form.kmsId')}
          required
          hint={t('trackers.form.kmsIdHint', { example: KMS_ID_EXAMPLE })}
        />
      ) : null}
      <FormCheckbox
        control={control}
        name="organizationTracker"
        label={t('trackers.form.organization')}
        hint={t('trackers.form.organizationHint')}
      />
      <FormCheckbox
        control={control}
        name="excludeKmsDatakey"
        label={t('trackers.form.excludeKmsDatakey')}
        hint={t('trackers.form.excludeKmsDatakeyHint')}
      />
    </Stack>
  );
}
