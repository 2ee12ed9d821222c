import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';
import { Suspense, lazy } from 'react';
import type { Trace } from '@/api/contract/types';
import { changeKindOf } from '@/api/trace-history';
import type { TraceFilters } from '@/api/traces';
import { ResourcePage } from '@/features/traces/drawer/resource-page';
import { TraceFieldGroups } from '@/features/traces/drawer/trace-field-groups';
import { TracePayloads } from '@/features/traces/drawer/trace-payloads';
import { TraceRelatedActions } from '@/features/traces/drawer/trace-related-actions';
import type { TimeZoneChoice } from '@/components/time-format';
import { useT } from '@/i18n/use-t';

// The diff is not needed to read a trace: it loads when a create, update or delete is shown.
const WhatChangedSection = lazy(() =>
  import('@/features/traces/drawer/what-changed/what-changed-section').then((module) => ({ default: module.WhatChangedSection })),
);

interface TraceDetailsProps {
  trace: Trace;
  timeZone: TimeZoneChoice;
  onShowRelated: (filters: Partial<TraceFilters>) => void;
}

export function TraceDetails({ trace, timeZone, onShowRelated }: TraceDetailsProps) {
  const t = useT();
  return (
    <>
      <TraceRelatedActions trace={trace} onShowRelated={onShowRelated} />
      <ResourcePage trace={trace} />
      <TraceFieldGroups trace={trace} timeZone={timeZone} />
      <Divider sx={{ mb: 2 }} />
      {changeKindOf(trace.trace_name) ? (
        <Suspense
          fallback={
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {t('traces.drawer.loadingChanges')}
            </Typography>
          }
        >
          <WhatChangedSection trace={trace} timeZone={timeZone} />
        </Suspense>
      ) : null}
      <TracePayloads trace={trace} />
    </>
  );
}
