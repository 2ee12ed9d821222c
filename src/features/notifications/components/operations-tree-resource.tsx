import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { type OperationChoice, operationKey } from '@/features/notifications/builder/notification-form-model';
import { type TreeResourceType, choicesOf, selectionState } from '@/features/notifications/builder/operations-tree';
import { TreeNodeHeader } from '@/features/notifications/components/tree-node-header';
import { useCatalogTitle, useT } from '@/i18n/use-t';

interface OperationsTreeResourceProps {
  resourceType: TreeResourceType;
  selected: ReadonlySet<string>;
  expanded: boolean;
  canFold: boolean;
  onToggleExpanded: () => void;
  onToggleAll: (choices: OperationChoice[]) => void;
  onToggleOne: (choice: OperationChoice) => void;
}

export function OperationsTreeResource({ resourceType, selected, expanded, canFold, onToggleExpanded, onToggleAll, onToggleOne }: OperationsTreeResourceProps) {
  const t = useT();
  const title = useCatalogTitle();
  const childrenId = useId();
  const choices = choicesOf(resourceType);
  const chosen = choices.filter((choice) => selected.has(operationKey(choice))).length;
  const name = `${resourceType.service_type} › ${resourceType.resource_type}`;
  return (
    <Box component="li" sx={{ listStyle: 'none' }}>
      <TreeNodeHeader
        name={name}
        label={<Typography variant="body2" sx={{ fontFamily: 'monospace' }}>{resourceType.resource_type}</Typography>}
        summary={t('notifications.operations.nodeCount', { chosen, total: choices.length })}
        expanded={expanded}
        canFold={canFold}
        state={selectionState(choices, selected)}
        childrenId={childrenId}
        onToggleExpanded={onToggleExpanded}
        onToggleAll={() => onToggleAll(choices)}
      />
      {expanded ? (
        <Box component="ul" id={childrenId} aria-label={t('notifications.operations.traceNames', { name })} sx={{ m: 0, pl: 5 }}>
          {resourceType.traces.map((trace, index) => {
            const choice = choices[index] ?? { ...resourceType, trace_name: trace.trace_name };
            const descriptionId = `${childrenId}-${index}`;
            return (
              <Box component="li" key={trace.trace_name} sx={{ listStyle: 'none' }}>
                <Box component="label" sx={{ display: 'flex', alignItems: 'center', gap: 1, cursor: 'pointer' }}>
                <Checkbox
                  size="small"
                  checked={selected.has(operationKey(choice))}
                  onChange={() => onToggleOne(choice)}
                  slotProps={{ input: { 'aria-label': trace.trace_name, 'aria-describedby': descriptionId } }}
                  sx={{ p: 0.5 }}
                />
                <Typography variant="body2" sx={{ fontFamily: 'monospace' }} aria-hidden>
                  {trace.trace_name}
                </Typography>
                <Typography id={descriptionId} variant="body2" color="text.secondary" sx={{ minWidth: 0 }}>
                  {trace.operations.map(title).join('; ')}
                </Typography>
                </Box>
              </Box>
            );
          })}
        </Box>
      ) : null}
    </Box>
  );
}
