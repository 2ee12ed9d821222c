import Stack from '@mui/material/Stack';
import type { Control } from 'react-hook-form';
import { AGENCY_NAME } from '@/api/contract/enums';
import { FormCheckbox } from '@/features/trackers/components/form/form-controls';
import type { TrackerFormValues } from '@/features/trackers/model/tracker-form-model';
import { useT } from '@/i18n/use-t';

/** Settings of both tracker types (L1876, L1878, L1890). */
export function CommonFields({ control, agencyExists }: { control: Control<TrackerFormValues>; agencyExists: boolean }) {
  const t = useT();
  return (
    <Stack spacing={2}>
      <FormCheckbox
        control={control}
        name="fileValidation"
        label={t('trackers.form.fileValidation')}
        hint={t('trackers.form.fileValidationHint')}
      />
      <FormCheckbox
        control={control}
        name="ltsEnabled"
        label={t('trackers.form.lts')}
        hint={t('trackers.form.ltsHint')}
      />
      <FormCheckbox
        control={control}
        name="createAgency"
        label={t('trackers.form.createAgency', { agency: AGENCY_NAME })}
        disabled={agencyExists}
        hint={
          agencyExists ? t('trackers.form.agencyExists') : t('trackers.form.agencyHint')
        }
      />
    </Stack>
  );
}
