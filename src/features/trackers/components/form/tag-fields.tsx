import Typography from '@mui/material/Typography';
import type { Control } from 'react-hook-form';
import { TagRows } from '@/features/trackers/components/tag-rows';
import type { TrackerFormValues } from '@/features/trackers/model/tracker-form-model';

/** The create form's tags: optional, sent once the tracker exists. */
export function TagFields({ control }: { control: Control<TrackerFormValues> }) {
  return (
    <>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1.5 }}>
        Optional. Up to 20 key and value pairs, set on the tracker right after it is created.
      </Typography>
      <TagRows control={control} mode="add" minRows={0} />
    </>
  );
}
