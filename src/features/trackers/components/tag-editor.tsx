import { zodResolver } from '@hookform/resolvers/zod';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Tag } from '@/api/contract/types';
import { describeError } from '@/api/errors';
import { ErrorPanel } from '@/components/error-panel';
import { TagRows } from '@/features/trackers/components/tag-rows';
import { useT } from '@/i18n/use-t';
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
  const [serverError, setServerError] = useState<unknown>(null);
  const t = useT();
  const action = mode === 'add' ? t('trackers.tags.add') : t('trackers.tags.remove');

  const submit = form.handleSubmit(async (values) => {
    setServerError(null);
    try {
      await onSubmit(toTagRequest(mode, values.tags));
    } catch (error) {
      setServerError(error);
    }
  });

  return (
    <Box component="form" noValidate aria-label={action} onSubmit={(event) => void submit(event)} sx={{ mt: 2 }}>
      <Stack spacing={1.5}>
        {serverError ? <ErrorPanel {...describeError(serverError)} title={mode === 'add' ? t('trackers.tags.notAdded') : t('trackers.tags.notRemoved')} /> : null}
        <TagRows
          control={form.control}
          mode={mode}
          minRows={1}
          actions={
            <>
              <Box sx={{ flex: 1 }} />
              <Button onClick={onCancel} disabled={form.formState.isSubmitting}>
                {t('trackers.tags.cancel')}
              </Button>
              <Button type="submit" variant="contained" color={mode === 'add' ? 'primary' : 'error'} loading={form.formState.isSubmitting}>
                {action}
              </Button>
            </>
          }
        />
      </Stack>
    </Box>
  );
}
