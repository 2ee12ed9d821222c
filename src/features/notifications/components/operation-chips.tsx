import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import { type OperationChoice, operationKey } from '@/features/notifications/builder/notification-form-model';
import { describeChoice } from '@/features/notifications/builder/operations-tree';
import { useT } from '@/i18n/use-t';

/**
 * The chosen operations, each removable. A trace name the catalog does not list (chosen by another
 * client) is kept and marked, never dropped.
 */
export function OperationChips({ value, onRemove }: { value: OperationChoice[]; onRemove: (choice: OperationChoice) => void }) {
  const t = useT();
  if (value.length === 0) {
    return null;
  }
  return (
    <Box component="ul" aria-label={t('notifications.operations.chosen')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75, m: 0, p: 0, listStyle: 'none' }}>
      {value.map((choice) => {
        const description = describeChoice(choice);
        const path = `${choice.service_type} › ${choice.resource_type} › ${choice.trace_name}`;
        const label = description === undefined ? t('notifications.operations.notInCatalog', { path }) : path;
        // The whole chip removes it (click, Enter, Delete or Backspace), named for what it does.
        return (
          <li key={operationKey(choice)}>
            <Chip
              size="small"
              variant="outlined"
              color={description === undefined ? 'warning' : 'default'}
              label={label}
              title={description}
              aria-label={t('notifications.operations.remove', { label })}
              onClick={() => onRemove(choice)}
              onDelete={() => onRemove(choice)}
            />
          </li>
        );
      })}
    </Box>
  );
}
