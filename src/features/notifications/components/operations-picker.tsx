import SearchIcon from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import FormHelperText from '@mui/material/FormHelperText';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { describeError } from '@/api/errors';
import { operationQueries } from '@/api/operations';
import { ErrorPanel } from '@/components/error-panel';
import { LoadingRows } from '@/components/loading-rows';
import { type OperationChoice, operationKey } from '@/features/notifications/builder/notification-form-model';
import { buildTree, describeCount, filterTree, toggleAll, toggleOne } from '@/features/notifications/builder/operations-tree';
import { OperationChips } from '@/features/notifications/components/operation-chips';
import { OperationsTreeService } from '@/features/notifications/components/operations-tree-service';
import { useT } from '@/i18n/use-t';

interface OperationsPickerProps {
  value: OperationChoice[];
  onChange: (value: OperationChoice[]) => void;
  error?: string;
}

/** Custom operations: the account's operations as a searchable tree, what is chosen counted and listed as chips. */
export function OperationsPicker({ value, onChange, error }: OperationsPickerProps) {
  const t = useT();
  const [search, setSearch] = useState('');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const operations = useQuery(operationQueries.operations());
  const fullTree = useMemo(() => buildTree(operations.data ?? []), [operations.data]);
  const tree = useMemo(() => filterTree(fullTree, search), [fullTree, search]);
  const selected = useMemo(() => new Set(value.map(operationKey)), [value]);
  const searching = search.trim() !== '';

  const toggleExpanded = (key: string) => {
    const next = new Set(expanded);
    if (next.has(key)) {
      next.delete(key);
    } else {
      next.add(key);
    }
    setExpanded(next);
  };

  return (
    <Box role="group" aria-labelledby="operations-picker-title" sx={{ display: 'grid', gap: 1.5 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', justifyContent: 'space-between', gap: 1 }}>
        <Typography id="operations-picker-title" variant="subtitle2" component="h3">
          {t('notifications.operations.title')}
        </Typography>
        <Typography variant="body2" role="status" aria-live="polite">
          {describeCount(value, t)}
        </Typography>
      </Box>
      <OperationChips value={value} onRemove={(choice) => onChange(toggleOne(value, choice))} />
      <TextField
        size="small"
        label={t('notifications.operations.search')}
        helperText={t('notifications.operations.searchHelp')}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        slotProps={{ input: { startAdornment: <InputAdornment position="start"><SearchIcon fontSize="small" /></InputAdornment> } }}
      />
      <Box sx={{ border: 1, borderColor: error ? 'error.main' : 'divider', borderRadius: 1, maxHeight: 420, overflow: 'auto' }}>
        {operations.isPending ? (
          <Box sx={{ p: 1 }}>
            <LoadingRows label={t('notifications.operations.loading')} rows={4} />
          </Box>
        ) : operations.isError ? (
          <Box sx={{ p: 1 }}>
            <ErrorPanel {...describeError(operations.error)} title={t('notifications.operations.failed')} onRetry={() => void operations.refetch()} />
          </Box>
        ) : fullTree.length === 0 ? (
          <Typography variant="body2" color="text.secondary" role="status" sx={{ p: 2 }}>
            {t('notifications.operations.none')}
          </Typography>
        ) : tree.length === 0 ? (
          <Typography variant="body2" color="text.secondary" role="status" sx={{ p: 2 }}>
            {t('notifications.operations.noMatch', { search })}
          </Typography>
        ) : (
          <Box component="ul" aria-label={t('notifications.operations.tree')} sx={{ m: 0, p: 0 }}>
            {tree.map((service) => (
              <OperationsTreeService
                key={service.service_type}
                service={service}
                selected={selected}
                expanded={searching ? null : expanded}
                onToggleExpanded={toggleExpanded}
                onToggleAll={(choices) => onChange(toggleAll(value, choices))}
                onToggleOne={(choice) => onChange(toggleOne(value, choice))}
              />
            ))}
          </Box>
        )}
      </Box>
      {error ? <FormHelperText error>{error}</FormHelperText> : null}
    </Box>
  );
}
