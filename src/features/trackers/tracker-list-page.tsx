import RefreshIcon from '@mui/icons-material/Refresh';
import TravelExploreOutlined from '@mui/icons-material/TravelExploreOutlined';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { describeError } from '@/api/errors';
import { trackerQueries } from '@/api/trackers';
import { EmptyState } from '@/components/empty-state';
import { LoadingRows } from '@/components/loading-rows';
import { ErrorPanel } from '@/components/error-panel';
import { PageHeader } from '@/components/page-header';
import { QuotaSummary } from '@/features/trackers/components/quota-summary';
import { TrackerTable } from '@/features/trackers/components/tracker-table';

export function TrackerListPage() {
  const { data: trackers, error, isPending, isFetching, refetch } = useQuery(trackerQueries.list());

  return (
    <>
      <PageHeader
        title="Trackers"
        description="Where CTS transfers traces (OBS, LTS) and which OBS buckets' data operations it records."
        actions={
          <Button startIcon={<RefreshIcon />} onClick={() => void refetch()} disabled={isFetching}>
            Refresh
          </Button>
        }
      />
      <Stack spacing={2}>
        <QuotaSummary />
        <Paper variant="outlined" sx={{ position: 'relative', overflow: 'hidden' }}>
          {isFetching && !isPending ? (
            <LinearProgress aria-label="Refreshing trackers" sx={{ position: 'absolute', top: 0, left: 0, right: 0 }} />
          ) : null}
          {isPending ? (
            <LoadingRows label="Loading trackers" rows={3} height={32} />
          ) : error ? (
            <ErrorPanel {...describeError(error)} onRetry={() => void refetch()} />
          ) : trackers.length === 0 ? (
            <EmptyState
              icon={<TravelExploreOutlined />}
              title="No trackers yet"
              description="Without a management tracker CTS keeps traces for 7 days only and transfers them nowhere."
            />
          ) : (
            <TrackerTable trackers={trackers} />
          )}
        </Paper>
      </Stack>
    </>
  );
}
