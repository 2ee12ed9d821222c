import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { Trace } from '@/api/contract/types';
import type { TraceFilters } from '@/api/traces';
import { isManagementTrace, relatedFilters } from '@/features/traces/drawer/related-filters';
import { useT } from '@/i18n/use-t';

export function TraceRelatedActions({ trace, onShowRelated }: { trace: Trace; onShowRelated: (filters: Partial<TraceFilters>) => void }) {
  const t = useT();
  const related = relatedFilters(trace);
  const management = isManagementTrace(trace);
  return (
    <>
      <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1, mb: management ? 2 : 0.5 }}>
        {related.map((item) => (
          <Button key={item.label} size="small" variant="outlined" disabled={!item.filters} onClick={() => item.filters && onShowRelated(item.filters)}>
            {t(item.label)}
          </Button>
        ))}
        {trace.resource_id ? (
          <Button size="small" variant="outlined" component={RouterLink} to={`/insights/timeline?resource_id=${encodeURIComponent(trace.resource_id)}`}>
            {t('traces.drawer.related.timeline')}
          </Button>
        ) : null}
      </Stack>
      {management ? null : (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 2 }}>
          {t('traces.drawer.related.managementOnly')}
        </Typography>
      )}
    </>
  );
}
