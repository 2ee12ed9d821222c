import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import type { Trace } from '@/api/contract/types';
import { describeError } from '@/api/errors';
import { changeKindOf, traceHistoryQueries } from '@/api/trace-history';
import { ErrorPanel } from '@/components/error-panel';
import type { TimeZoneChoice } from '@/components/time-format';
import { describeSetting } from '@/features/traces/drawer/what-changed/describe-setting';
import { ConfigurationTable } from '@/features/traces/drawer/what-changed/configuration-table';
import { RequestComparison } from '@/features/traces/drawer/what-changed/request-comparison';

interface WhatChangedProps {
  trace: Trace;
  timeZone: TimeZoneChoice;
}

function Note({ children }: { children: string }) {
  return (
    <Typography variant="body2" color="text.secondary" component="p" sx={{ mb: 1.5 }}>
      {children}
    </Typography>
  );
}

function PreviousSetting({ trace, timeZone, kind }: WhatChangedProps & { kind: 'update' | 'delete' }) {
  const { data: previous, error, isPending, refetch } = useQuery(traceHistoryQueries.previousSetting(trace));
  if (isPending) {
    return (
      <Box role="status" aria-busy="true" aria-label="Looking for the previous change">
        <Note>Looking for the previous create or update of this resource…</Note>
        <LinearProgress aria-label="Looking for the previous change" />
      </Box>
    );
  }
  if (error) {
    return <ErrorPanel {...describeError(error)} title="The resource's earlier traces could not be read" onRetry={() => void refetch()} />;
  }
  if (!previous) {
    return <Note>No earlier create or update of this resource is in the last 7 days (CTS keeps traces for 7 days), so there is nothing to compare with.</Note>;
  }
  if (kind === 'delete') {
    return (
      <>
        <Note>{`Last known configuration, set by ${describeSetting(previous, timeZone)}.`}</Note>
        <ConfigurationTable body={previous.request} label="Last known configuration" />
      </>
    );
  }
  return <RequestComparison previous={previous} trace={trace} timeZone={timeZone} />;
}

/**
 * "What changed": an update compared with the previous setting of the same resource, a create's
 * initial configuration, a delete's last known configuration. Loaded lazily with the drawer.
 */
export function WhatChangedSection({ trace, timeZone }: WhatChangedProps) {
  const kind = changeKindOf(trace.trace_name);
  if (kind === null) {
    return null;
  }
  return (
    <Box component="section" aria-labelledby="trace-what-changed-title" sx={{ mb: 2.5 }}>
      <Typography id="trace-what-changed-title" component="h3" variant="subtitle2" sx={{ mb: 1, textTransform: 'uppercase', letterSpacing: 0.6 }}>
        What changed
      </Typography>
      {kind === 'create' ? (
        <>
          <Note>Initial configuration, as requested by this create.</Note>
          <ConfigurationTable body={trace.request} label="Initial configuration" />
        </>
      ) : !trace.resource_id ? (
        <Note>This trace names no resource ID, so the resource's earlier traces cannot be looked up.</Note>
      ) : (
        <PreviousSetting trace={trace} timeZone={timeZone} kind={kind} />
      )}
    </Box>
  );
}
