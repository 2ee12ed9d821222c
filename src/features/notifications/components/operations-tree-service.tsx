import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { type OperationChoice, operationKey } from '@/features/notifications/builder/notification-form-model';
import { type TreeService, selectionState, serviceChoices } from '@/features/notifications/builder/operations-tree';
import { OperationsTreeResource } from '@/features/notifications/components/operations-tree-resource';
import { TreeNodeHeader } from '@/features/notifications/components/tree-node-header';
import { useCatalogTitle, useT } from '@/i18n/use-t';

interface OperationsTreeServiceProps {
  service: TreeService;
  selected: ReadonlySet<string>;
  /** Null while searching: everything found is shown. */
  expanded: ReadonlySet<string> | null;
  onToggleExpanded: (key: string) => void;
  onToggleAll: (choices: OperationChoice[]) => void;
  onToggleOne: (choice: OperationChoice) => void;
}

export function OperationsTreeService({ service, selected, expanded, onToggleExpanded, onToggleAll, onToggleOne }: OperationsTreeServiceProps) {
  const t = useT();
  const title = useCatalogTitle();
  const childrenId = useId();
  const choices = serviceChoices(service);
  const chosen = choices.filter((choice) => selected.has(operationKey(choice))).length;
  const isOpen = (key: string) => expanded === null || expanded.has(key);
  return (
    <Box component="li" sx={{ listStyle: 'none', borderBottom: 1, borderColor: 'divider' }}>
      <TreeNodeHeader
        name={service.service_type}
        label={
          <Typography variant="body2">
            <Box component="strong">{service.service_type}</Box>{' '}
            <Box component="span" sx={{ color: 'text.secondary' }}>
              {title(service.name)}
            </Box>
          </Typography>
        }
        summary={t('notifications.operations.nodeCount', { chosen, total: choices.length })}
        expanded={isOpen(service.service_type)}
        canFold={expanded !== null}
        state={selectionState(choices, selected)}
        childrenId={childrenId}
        onToggleExpanded={() => onToggleExpanded(service.service_type)}
        onToggleAll={() => onToggleAll(choices)}
      />
      {isOpen(service.service_type) ? (
        <Box component="ul" id={childrenId} aria-label={t('notifications.operations.resourceTypes', { service: service.service_type })} sx={{ m: 0, pl: 3 }}>
          {service.resource_types.map((resourceType) => {
            const key = `${service.service_type}\u0000${resourceType.resource_type}`;
            return (
              <OperationsTreeResource
                key={resourceType.resource_type}
                resourceType={resourceType}
                selected={selected}
                expanded={isOpen(key)}
                canFold={expanded !== null}
                onToggleExpanded={() => onToggleExpanded(key)}
                onToggleAll={onToggleAll}
                onToggleOne={onToggleOne}
              />
            );
          })}
        </Box>
      ) : null}
    </Box>
  );
}
