import Stack from '@mui/material/Stack';
import type { Control } from 'react-hook-form';
import { AGENCY_NAME } from '@/api/contract/enums';
import { FormCheckbox } from '@/features/trackers/components/form/form-controls';
import type { TrackerFormValues } from '@/features/trackers/model/tracker-form-model';

/** Settings of both tracker types (L1876, L1878, L1890). */
export function CommonFields({ control, agencyExists }: { control: Control<TrackerFormValues>; agencyExists: boolean }) {
  return (
    <Stack spacing={2}>
      <FormCheckbox
        control={control}
        name="fileValidation"
        label="Verify trace files"
        hint="CTS writes digest files so that changes to transferred trace files can be detected."
      />
      <FormCheckbox
        control={control}
        name="ltsEnabled"
        label="Analyse traces in LTS"
        hint="CTS sends traces to a log stream of the LTS log group CTS, where they can be searched."
      />
      <FormCheckbox
        control={control}
        name="createAgency"
        label={`Create the ${AGENCY_NAME} agency`}
        disabled={agencyExists}
        hint={
          agencyExists
            ? 'The agency exists for this tracker.'
            : 'A cloud service agency that lets CTS use OBS, KMS and LTS on your behalf.'
        }
      />
    </Stack>
  );
}
