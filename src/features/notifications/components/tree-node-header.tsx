import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { SelectionState } from '@/features/notifications/builder/operations-tree';
import { useT } from '@/i18n/use-t';

interface TreeNodeHeaderProps {
  /** What the node is, e.g. "ECS" or "ECS › ecs": names the expand button and the select-all box. */
  name: string;
  label: ReactNode;
  /** E.g. "3 of 37 chosen". */
  summary: string;
  expanded: boolean;
  /** While searching, every match is shown and nodes cannot be folded. */
  canFold: boolean;
  state: SelectionState;
  childrenId: string;
  onToggleExpanded: () => void;
  onToggleAll: () => void;
}

/** A folder of the operations tree: disclosure button, select-all box with its mixed state, count. */
export function TreeNodeHeader({ name, label, summary, expanded, canFold, state, childrenId, onToggleExpanded, onToggleAll }: TreeNodeHeaderProps) {
  const t = useT();
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, minHeight: 36 }}>
      <IconButton
        size="small"
        aria-label={expanded ? t('notifications.operations.hide', { name }) : t('notifications.operations.show', { name })}
        aria-expanded={expanded}
        aria-controls={childrenId}
        disabled={!canFold}
        onClick={onToggleExpanded}
      >
        <ExpandMoreIcon fontSize="small" sx={{ transform: expanded ? 'none' : 'rotate(-90deg)', transition: 'transform 120ms' }} />
      </IconButton>
      <Checkbox
        size="small"
        checked={state === 'all'}
        indeterminate={state === 'some'}
        onChange={onToggleAll}
        slotProps={{ input: { 'aria-label': t('notifications.operations.all', { name }) } }}
        sx={{ p: 0.5 }}
      />
      <Box sx={{ minWidth: 0, flex: 1 }}>{label}</Box>
      <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap', pr: 1 }}>
        {summary}
      </Typography>
    </Box>
  );
}
