import AddIcon from '@mui/icons-material/Add';
import CloseIcon from '@mui/icons-material/Close';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';
import { type Control, useFieldArray, useFormState } from 'react-hook-form';
import { FormTextField } from '@/features/trackers/components/form/form-controls';
import { EMPTY_TAG_ROW, type TagEditorMode, type TagFormValues } from '@/features/trackers/model/tag-form';
import { useT } from '@/i18n/use-t';

interface TagRowsProps<T extends TagFormValues> {
  /** A form whose values hold `tags`: the tag editor's own, or the tracker form's. */
  control: Control<T>;
  mode: TagEditorMode;
  /** The fewest rows: the tag editor keeps one, the tracker form may have none. */
  minRows: 0 | 1;
  /** Beside "Another tag": the editor's Cancel and submit. */
  actions?: ReactNode;
}

/** Key and value rows, each checked against the tag rules; used wherever tags are typed. */
export function TagRows<T extends TagFormValues>({ control, mode, minRows, actions }: TagRowsProps<T>) {
  const t = useT();
  // RHF cannot resolve field paths of a generic form; every T holds `tags` as TagFormValues does.
  const tagControl = control as unknown as Control<TagFormValues>;
  const rows = useFieldArray({ control: tagControl, name: 'tags' });
  const { errors } = useFormState({ control: tagControl, name: 'tags' });
  const listError = errors.tags?.message ?? errors.tags?.root?.message;

  return (
    <Stack spacing={1.5}>
      {rows.fields.map((row, index) => (
        <Box key={row.id} sx={{ display: 'flex', gap: 1.5, alignItems: 'flex-start', flexWrap: { xs: 'wrap', sm: 'nowrap' }, '& > div': { flex: '1 1 220px' } }}>
          <FormTextField
            control={tagControl}
            name={`tags.${index}.key`}
            label={t('trackers.tags.keyN', { n: index + 1 })}
            required
            hint={index === 0 ? t('trackers.tags.keyHint') : undefined}
          />
          <FormTextField
            control={tagControl}
            name={`tags.${index}.value`}
            label={t('trackers.tags.valueN', { n: index + 1 })}
            hint={
              index === 0 ? (mode === 'remove' ? t('trackers.tags.valueHintRemove') : t('trackers.tags.valueHintAdd')) : undefined
            }
          />
          <IconButton aria-label={t('trackers.tags.removeRow', { n: index + 1 })} onClick={() => rows.remove(index)} disabled={rows.fields.length <= minRows} sx={{ mt: 1 }}>
            <CloseIcon />
          </IconButton>
        </Box>
      ))}
      {listError ? <Alert severity="error">{listError}</Alert> : null}
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        <Button startIcon={<AddIcon />} onClick={() => rows.append(EMPTY_TAG_ROW)}>
          {rows.fields.length === 0 ? t('trackers.tags.addFirst') : t('trackers.tags.addAnother')}
        </Button>
        {actions}
      </Box>
    </Stack>
  );
}
