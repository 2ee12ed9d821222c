import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Snackbar from '@mui/material/Snackbar';
import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type MockFaults, mockQueries } from '@/api/mock-control';
import { ErrorPanel } from '@/components/error-panel';
import { describeError } from '@/api/errors';
import { MockFaultsForm } from '@/app/settings/mock-faults-form';
import { ResetDemoData } from '@/app/settings/reset-demo-data';
import { RichText } from '@/i18n/rich-text';
import { useT } from '@/i18n/use-t';

/** Mock mode only: the demo world's size, a reset, and faults to try the console's error handling. */
export function MockControls() {
  const t = useT();
  const queryClient = useQueryClient();
  // The failure armed when last seen: once the mock no longer holds it, it has fired.
  const [armed, setArmed] = useState(() => queryClient.getQueryData(mockQueries.state().queryKey)?.faults.fail_next ?? null);
  const state = useQuery({
    ...mockQueries.state(),
    // Any CTS call elsewhere may have used up a one-shot failure: read the mock afresh, and keep
    // reading while a failure waits.
    refetchOnMount: 'always',
    refetchInterval: (query) => (query.state.data?.faults.fail_next ? 2_000 : false),
  });
  const [appliedNotice, setAppliedNotice] = useState(false);
  const current = state.data?.faults.fail_next ?? null;
  const fired = armed !== null && current === null && !state.isFetching ? armed : null;

  return (
    <Paper variant="outlined" component="section" aria-labelledby="mock-controls-heading" sx={{ p: { xs: 2, sm: 3 } }}>
      <Typography id="mock-controls-heading" variant="h2" component="h2" sx={{ mb: 0.5 }}>
        {t('settings.mock.heading')}
      </Typography>
      <Typography variant="body2" sx={{ mb: 2, color: 'text.secondary' }}>
        {t('settings.mock.intro')}
      </Typography>
      {state.isPending ? (
        <Box aria-busy="true" aria-label={t('settings.mock.loading')}>
          <Skeleton height={28} width="60%" />
          <Skeleton height={28} width="40%" />
          <Skeleton height={120} />
        </Box>
      ) : state.isError ? (
        <ErrorPanel {...describeError(state.error)} title={t('settings.mock.loadFailed')} onRetry={() => void state.refetch()} />
      ) : (
        <>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 2, mb: 3 }}>
            <Typography variant="body2">
              <RichText
                id="settings.mock.world"
                values={{ volume: state.data.volume, seed: state.data.seed, buckets: state.data.buckets.length, region: state.data.region }}
                components={{ 0: <code /> }}
              />
            </Typography>
            <ResetDemoData />
          </Box>
          {/* Remounts with the new values when the faults change (applied, or cleared by a reset). */}
          <MockFaultsForm
            key={JSON.stringify(state.data.faults)}
            faults={state.data.faults}
            fired={fired}
            onApplied={(applied: MockFaults) => {
              setArmed(applied.fail_next);
              setAppliedNotice(true);
            }}
          />
        </>
      )}
      <Snackbar
        open={appliedNotice}
        autoHideDuration={4000}
        onClose={() => setAppliedNotice(false)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert severity="success" variant="filled" onClose={() => setAppliedNotice(false)}>
          {t('settings.mock.faultsApplied')}
        </Alert>
      </Snackbar>
    </Paper>
  );
}
