import Stack from '@mui/material/Stack';
import { type Control, useWatch } from 'react-hook-form';
import { FormCheckbox, FormTextField } from '@/features/trackers/components/form/form-controls';
import type { TrackerFormValues } from '@/features/trackers/model/tracker-form-model';

/** Settings of the management tracker only (L1876, L1881, L1884–1885, L1895). */
export function ManagementFields({ control }: { control: Control<TrackerFormValues> }) {
  const encryption = useWatch({ control, name: 'encryption' });
  return (
    <Stack spacing={2}>
      <FormCheckbox control={control} name="encryption" label="Encrypt trace files with a KMS key" />
      {encryption ? (
        <FormTextField
          control={control}
          name="kmsId"
          label="KMS key ID"
          required
          hint="The ID of an enabled KMS key, e.g. 13a4207c-7abe-4b68-8510-16b84c3b5504."
        />
      ) : null}
      <FormCheckbox
        control={control}
        name="organizationTracker"
        label="Apply to the organization"
        hint="Transfers the traces of every member account of the organization in this region. CTS must be a trusted service of the organization."
      />
      <FormCheckbox
        control={control}
        name="excludeKmsDatakey"
        label="Do not transfer KMS createDatakey traces"
        hint="These traces are frequent and rarely useful in an audit."
      />
    </Stack>
  );
}
