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

const NO_KEYS: readonly string[] = [];

function countText(count: number, verb: string): string {
  return `${verb} ${count} tag${count === 1 ? '' : 's'}.`;
}

/**
 * A tracker's tags. CTS has no call that reads them: the list comes from the mock's extension, and
 * where it answers 404 (a real endpoint) tags can still be added, and removed by key.
 */
export function TrackerTags({ trackerId }: { trackerId: string }) {
  const queryClient = useQueryClient();
  const tags = useQuery(trackerQueries.tags(trackerId));
  const create = useMutation(trackerMutations.createTags(queryClient, trackerId));
  const remove = useMutation(trackerMutations.deleteTags(queryClient, trackerId));
  const [editing, setEditing] = useState<TagEditorMode | null>(null);
  const [selected, setSelected] = useState<Tag[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const unlisted = isApiError(tags.error) && tags.error.status === 404;
  const existingKeys = tags.data?.map((tag) => tag.key) ?? NO_KEYS;

  const submit = async (mode: TagEditorMode, request: Tag[]) => {
    await (mode === 'add' ? create : remove).mutateAsync(request);
    setEditing(null);
    setDone(countText(request.length, mode === 'add' ? 'Added' : 'Removed'));
  };
  const removeSelected = () =>
    remove.mutate(selected, {
      onSuccess: () => {
        setDone(countText(selected.length, 'Removed'));
        setSelected([]);
      },
    });

  return (
    <Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', mb: 1.5 }}>
        <Button startIcon={<AddIcon />} onClick={() => setEditing('add')} disabled={editing !== null}>
          Add tags
        </Button>
        {unlisted ? (
          <Button startIcon={<DeleteOutlined />} color="error" onClick={() => setEditing('remove')} disabled={editing !== null}>
            Remove tags by key
          </Button>
        ) : (
          <Button startIcon={<DeleteOutlined />} color="error" onClick={removeSelected} disabled={selected.length === 0} loading={remove.isPending}>
            {selected.length > 0 ? `Remove selected (${selected.length})` : 'Remove selected'}
          </Button>
        )}
        <Typography role="status" variant="body2" sx={{ color: 'text.secondary' }}>
          {done}
        </Typography>
      </Box>
      {remove.error && editing === null ? <ErrorPanel {...describeError(remove.error)} title="The tags were not removed" /> : null}
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
          <LoadingRows label="Loading tags" rows={2} height={28} />
        ) : unlisted ? (
          <Alert severity="info">
            Existing tags cannot be listed: this CTS endpoint has no call that reads a tracker&apos;s tags. You can still add
            tags, and remove tags by key.
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
