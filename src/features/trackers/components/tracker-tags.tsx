import AddIcon from '@mui/icons-material/Add';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Tag } from '@/api/contract/types';
import { describeError, isApiError } from '@/api/errors';
import { trackerMutations, trackerQueries } from '@/api/trackers';
import { ErrorPanel } from '@/components/error-panel';
import { LoadingRows } from '@/components/loading-rows';
import { TagEditor } from '@/features/trackers/components/tag-editor';
import { TagList } from '@/features/trackers/components/tag-list';
import type { TagEditorMode } from '@/features/trackers/model/tag-form';
import type { Message } from '@/i18n/message-id';
import { useMessage, useT } from '@/i18n/use-t';

const NO_KEYS: readonly string[] = [];

function countText(count: number, mode: TagEditorMode): Message {
  return { id: mode === 'add' ? 'trackers.tags.added' : 'trackers.tags.removed', values: { count } };
}

/**
 * A tracker's tags. CTS has no call that reads them: the list comes from the mock's extension, and
 * where it answers 404 (a real endpoint) tags can still be added, and removed by key.
 */
export function TrackerTags({ trackerId }: { trackerId: string }) {
  const t = useT();
  const message = useMessage();
  const queryClient = useQueryClient();
  const tags = useQuery(trackerQueries.tags(trackerId));
  const create = useMutation(trackerMutations.createTags(queryClient, trackerId));
  const remove = useMutation(trackerMutations.deleteTags(queryClient, trackerId));
  const [editing, setEditing] = useState<TagEditorMode | null>(null);
  const [selected, setSelected] = useState<Tag[]>([]);
  const [done, setDone] = useState<Message | null>(null);
  const unlisted = isApiError(tags.error) && tags.error.status === 404;
  const existingKeys = tags.data?.map((tag) => tag.key) ?? NO_KEYS;

  const submit = async (mode: TagEditorMode, request: Tag[]) => {
    await (mode === 'add' ? create : remove).mutateAsync(request);
    setEditing(null);
    setDone(countText(request.length, mode));
  };
  const removeSelected = () =>
    remove.mutate(selected, {
      onSuccess: () => {
        setDone(countText(selected.length, 'remove'));
        setSelected([]);
      },
    });

  return (
    <Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', mb: 1.5 }}>
        <Button startIcon={<AddIcon />} onClick={() => setEditing('add')} disabled={editing !== null}>
          {t('trackers.tags.add')}
        </Button>
        {unlisted ? (
          <Button startIcon={<DeleteOutlined />} color="error" onClick={() => setEditing('remove')} disabled={editing !== null}>
            {t('trackers.tags.removeByKey')}
          </Button>
        ) : (
          <Button startIcon={<DeleteOutlined />} color="error" onClick={removeSelected} disabled={selected.length === 0} loading={remove.isPending}>
            {selected.length > 0 ? t('trackers.tags.removeSelectedCount', { count: selected.length }) : t('trackers.tags.removeSelected')}
          </Button>
        )}
        <Typography role="status" variant="body2" sx={{ color: 'text.secondary' }}>
          {done ? message(done) : null}
        </Typography>
      </Box>
      {remove.error && editing === null ? <ErrorPanel {...describeError(remove.error)} title={t('trackers.tags.notRemoved')} /> : null}
      {editing ? (
        <TagEditor
          key={editing}
          mode={editing}
          existingKeys={existingKeys}
          onSubmit={(request) => submit(editing, request)}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      <Box sx={{ mt: 2 }}>
        {tags.isPending ? (
          <LoadingRows label={t('trackers.tags.loading')} rows={2} height={28} />
        ) : unlisted ? (
          <Alert severity="info">
            {t('trackers.tags.unlisted')}
          </Alert>
        ) : tags.error ? (
          <ErrorPanel {...describeError(tags.error)} onRetry={() => void tags.refetch()} />
        ) : (
          <TagList tags={tags.data} selected={selected} onSelectedChange={setSelected} />
        )}
      </Box>
    </Box>
  );
}
