import { zodResolver } from '@hookform/resolvers/zod';
import AddIcon from '@mui/icons-material/Add';
import CloseIcon from '@mui/icons-material/Close';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import { useMemo, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import type { Tag } from '@/api/contract/types';
import { describeError } from '@/api/errors';
import { ErrorPanel } from '@/components/error-panel';
import { FormTextField } from '@/features/trackers/components/form/form-controls';
import { EMPTY_TAG_ROW, tagFormSchema, toTagRequest, type TagEditorMode, type TagFormValues } from '@/features/trackers/model/tag-form';

interface TagEditorProps {
  mode: TagEditorMode;
  /** Keys the tracker is known to have (they count towards its 20 tags). */
  existingKeys: readonly string[];
  onSubmit: (tags: Tag[]) => Promise<void>;
  onCancel: () => void;
}

/** Several tags at once, each checked against the tag rules before anything is sent. */
export function TagEditor({ mode, existingKeys, onSubmit, onCancel }: TagEditorProps) {
  const schema = useMemo(() => tagFormSchema(mode, existingKeys), [mode, existingKeys]);
  const form = useForm<TagFormValues>({ resolver: zodResolver(schema), defaultValues: { tags: [EMPTY_TAG_ROW] }, mode: 'onTouched' });
  const rows = useFieldArray({ control: form.control, name: 'tags' });
  const [serverError, setServerError] = useState<unknown>(null);
  const listError = form.formState.errors.tags?.message ?? form.formState.errors.tags?.root?.message;
  const verb = mode === 'add' ? 'Add' : 'Remove';

  const submit = form.handleSubmit(async (values) => {
    setServerError(null);
    try {
      await onSubmit(toTagRequest(mode, values.tags));
    } catch (error) {
      setServerError(error);
    }
  });

  return (
    <Box component="form" noValidate aria-label={`${verb} tags`} onSubmit={(event) => void submit(event)} sx={{ mt: 2 }}>
      <Stack spacing={1.5}>
        {serverError ? <ErrorPanel {...describeError(serverError)} title={`The tags were not ${mode === 'add' ? 'added' : 'removed'}`} /> : null}
        {rows.fields.map((row, index) => (
          <Box key={row.id} sx={{ display: 'flex', gap: 1.5, alignItems: 'flex-start', flexWrap: { xs: 'wrap', sm: 'nowrap' } }}>
            <FormTextField
              control={form.control}
              name={`tags.${index}.key`}
              label={`Key ${index + 1}`}
              required
              hint={index === 0 ? 'Up to 128 characters; not starting with _sys_.' : undefined}
            />
            <FormTextField
              control={form.control}
              name={`tags.${index}.value`}
              label={`Value ${index + 1}`}
              hint={
                index === 0
                  ? mode === 'remove'
                    ? 'Empty: remove the key whatever its value.'
                    : 'Up to 255 characters; may be empty.'
                  : undefined
              }
            />
            <IconButton aria-label={`Remove row ${index + 1}`} onClick={() => rows.remove(index)} disabled={rows.fields.length === 1} sx={{ mt: 1 }}>
              <CloseIcon />
            </IconButton>
          </Box>
        ))}
        {listError ? <Alert severity="error">{listError}</Alert> : null}
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          <Button startIcon={<AddIcon />} onClick={() => rows.append(EMPTY_TAG_ROW)}>
            Another tag
          </Button>
          <Box sx={{ flex: 1 }} />
          <Button onClick={onCancel} disabled={form.formState.isSubmitting}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" color={mode === 'add' ? 'primary' : 'error'} loading={form.formState.isSubmitting}>
            {`${verb} tags`}
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}
