import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import { TRACE_CRITERIA_LABELS, TRACE_TYPE_TRACES_LABELS } from '@/features/traces/trace-filter-config';
import { useT } from '@/i18n/use-t';
import type { TraceCriteria } from '@/api/rules/trace-query-rules';

interface AppliedFiltersProps {
  criteria: TraceCriteria;
  onRemove: (name: Exclude<keyof TraceCriteria, 'trace_type'>) => void;
  onClear: () => void;
}

/** The criteria in force as removable chips; with a trace ID, the others show as set aside. */
export function AppliedFilters({ criteria, onRemove, onClear }: AppliedFiltersProps) {
  const t = useT();
  const applied = TRACE_CRITERIA_LABELS.flatMap(({ name, label }) => {
    const value = criteria[name];
    return value ? [{ name, label, value }] : [];
  });
  const lookup = Boolean(criteria.trace_id);
  return (
    <Box component="section" aria-label={t('traces.applied.label')} sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, minHeight: 32 }}>
      <Chip size="small" label={t(TRACE_TYPE_TRACES_LABELS[criteria.trace_type])} variant="outlined" />
      {applied.map(({ name, label, value }) => {
        const setAside = lookup && name !== 'trace_id';
        const text = t(setAside ? 'traces.applied.chipSetAside' : 'traces.applied.chip', { label: t(label), value });
        return (
          <Chip
            key={name}
            size="small"
            label={text}
            title={text}
            aria-label={t('traces.applied.remove', { text })}
            onDelete={() => onRemove(name)}
            sx={{ maxWidth: 320, ...(setAside ? { textDecoration: 'line-through', opacity: 0.8 } : {}) }}
          />
        );
      })}
      {applied.length > 0 ? (
        <Button size="small" onClick={onClear}>
          {t('traces.applied.clear')}
        </Button>
      ) : null}
    </Box>
  );
}
