import Typography from '@mui/material/Typography';
import type { Control } from 'react-hook-form';
import { TagRows } from '@/features/trackers/components/tag-rows';
import type { TrackerFormValues } from '@/features/trackers/model/tracker-form-model';
import { useT } from '@/i18n/use-t';

/** The create form's tags: optional, sent once the tracker exists. */
export function TagFields({ control }: { control: Control<TrackerFormValues> }) {
  const t = useT();
  return (
    <>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1.5 }}>
        {t('trackers.tags.formIntro')}
      </Typography>
      <TagRows control={control} mode="add" minRows={0} />
    </>
  );
}
