import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import RefreshIcon from '@mui/icons-material/Refresh';
import TravelExploreOutlined from '@mui/icons-material/TravelExploreOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { describeError } from '@/api/errors';
import { trackerQueries } from '@/api/trackers';
import { EmptyState } from '@/components/empty-state';
import { ErrorPanel } from '@/components/error-panel';
import { LoadingRows } from '@/components/loading-rows';
import { PageHeader } from '@/components/page-header';
import { CreateTrackerActions } from '@/features/trackers/components/create-tracker-actions';
import { DeleteTrackersDialog } from '@/features/trackers/components/delete-trackers-dialog';
import { QuotaSummary } from '@/features/trackers/components/quota-summary';
import { StatusFailures } from '@/features/trackers/components/status-failures';
import { TrackerPosturePanel } from '@/features/trackers/components/tracker-posture-panel';
import { TrackerTable } from '@/features/trackers/components/tracker-table';
import { useTrackerStatus } from '@/features/trackers/hooks/use-tracker-status';
import { MANAGEMENT_NOT_DELETABLE } from '@/features/trackers/tracker-config';
import { unavailableTrackerTypes } from '@/features/trackers/tracker-quotas';
import { useT } from '@/i18n/use-t';

export function TrackerListPage() {
  const t = useT();
  const { data: trackers, error, isPending, isFetching, refetch } = useQuery(trackerQueries.list());
  const quotas = useQuery(trackerQueries.quotas());
  const status = useTrackerStatus();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const unavailable = useMemo(() => unavailableTrackerTypes(quotas.data), [quotas.data]);

  // Only data trackers that are still listed can be deleted.
  const selectedNames = (trackers ?? [])
    .filter((tracker) => tracker.tracker_type === 'data' && selected.has(tracker.tracker_name))
    .map((tracker) => tracker.tracker_name);
  const select = (name: string, checked: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (checked) {
        next.add(name);
      } else {
        next.delete(name);
      }
      return next;
    });

  return (
    <>
      <PageHeader
        title={t('trackers.title')}
        description={t('trackers.list.description')}
        actions={
          <Button startIcon={<RefreshIcon />} onClick={() => void refetch()} disabled={isFetching}>
            {t('trackers.list.refresh')}
          </Button>
        }
      />
      <Stack spacing={2}>
        <Paper variant="outlined" sx={{ p: 2, display: 'flex', flexWrap: 'wrap', gap: 3, justifyContent: 'space-between' }}>
          {quotas.data ? (
            <QuotaSummary quotas={quotas.data} />
          ) : quotas.error ? (
            <Typography variant="body2">{t('trackers.list.quotasFailed', { message: describeError(quotas.error).message })}</Typography>
          ) : (
            <Typography variant="body2">{t('trackers.list.quotasLoading')}</Typography>
          )}
          <CreateTrackerActions unavailable={unavailable} />
        </Paper>
        <StatusFailures failures={status.failures} onDismiss={status.dismiss} />
        <Paper variant="outlined" sx={{ position: 'relative', overflow: 'hidden' }}>
          {isFetching && !isPending ? (
            <LinearProgress aria-label={t('trackers.list.refreshing')} sx={{ position: 'absolute', top: 0, left: 0, right: 0 }} />
          ) : null}
          {isPending ? (
            <LoadingRows label={t('trackers.list.loading')} rows={3} height={32} />
          ) : error ? (
            <ErrorPanel {...describeError(error)} onRetry={() => void refetch()} />
          ) : trackers.length === 0 ? (
            <EmptyState
              icon={<TravelExploreOutlined />}
              title={t('trackers.list.emptyTitle')}
              description={t('trackers.list.emptyDescription')}
            />
          ) : (
            <>
              <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, px: 2, py: 1.5 }}>
                <Button
                  color="error"
                  variant="outlined"
                  startIcon={<DeleteOutlined />}
                  disabled={selectedNames.length === 0}
                  onClick={() => setConfirming(true)}
                >
                  {selectedNames.length > 0
                    ? t('trackers.list.deleteSelectedCount', { count: selectedNames.length })
                    : t('trackers.list.deleteSelected')}
                </Button>
                <Typography variant="body2" sx={{ color: 'text.secondary', flex: '1 1 320px' }}>
                  {t('trackers.list.deleteHint', { reason: t(MANAGEMENT_NOT_DELETABLE) })}
                </Typography>
              </Box>
              <TrackerTable
                trackers={trackers}
                selected={selected}
                onSelect={select}
                isStatusPending={status.isPending}
                onStatusChange={status.setStatus}
              />
            </>
          )}
        </Paper>
        {trackers && trackers.length > 0 ? <TrackerPosturePanel trackers={trackers} /> : null}
      </Stack>
      <DeleteTrackersDialog
        open={confirming && selectedNames.length > 0}
        trackerNames={selectedNames}
        onClose={() => setConfirming(false)}
        onDeleted={(names) =>
          setSelected((current) => new Set([...current].filter((name) => !names.includes(name))))
        }
      />
    </>
  );
}
