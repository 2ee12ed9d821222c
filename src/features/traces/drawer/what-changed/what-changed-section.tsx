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
import { useT } from '@/i18n/use-t';

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
  const t = useT();
  const { data: previous, error, isPending, refetch } = useQuery(traceHistoryQueries.previousSetting(trace));
  if (isPending) {
    return (
      <Box role="status" aria-busy="true" aria-label={t('traces.changes.looking')}>
        <Note>{t('traces.changes.lookingNote')}</Note>
        <LinearProgress aria-label={t('traces.changes.looking')} />
      </Box>
    );
  }
  if (error) {
    return <ErrorPanel {...describeError(error)} title={t('traces.changes.error')} onRetry={() => void refetch()} />;
  }
  if (!previous) {
    return <Note>{t('traces.changes.nothingEarlier')}</Note>;
  }
  if (kind === 'delete') {
    return (
      <>
        <Note>{t('traces.changes.lastKnownSetBy', { setting: describeSetting(previous, timeZone, t) })}</Note>
        <ConfigurationTable body={previous.request} label={t('traces.changes.lastKnown')} />
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
  const t = useT();
  const kind = changeKindOf(trace.trace_name);
  if (kind === null) {
    return null;
  }
  return (
    <Box component="section" aria-labelledby="trace-what-changed-title" sx={{ mb: 2.5 }}>
      <Typography id="trace-what-changed-title" component="h3" variant="subtitle2" sx={{ mb: 1, textTransform: 'uppercase', letterSpacing: 0.6 }}>
        {t('traces.changes.title')}
      </Typography>
      {kind === 'create' ? (
        <>
          <Note>{t('traces.changes.initialNote')}</Note>
          <ConfigurationTable body={trace.request} label={t('traces.changes.initial')} />
        </>
      ) : !trace.resource_id ? (
        <Note>{t('traces.changes.noResourceId')}</Note>
      ) : (
        <PreviousSetting trace={trace} timeZone={timeZone} kind={kind} />
      )}
    </Box>
  );
}
