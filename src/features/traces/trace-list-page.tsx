import ManageSearchOutlined from '@mui/icons-material/ManageSearchOutlined';
import RefreshIcon from '@mui/icons-material/Refresh';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useInfiniteQuery } from '@tanstack/react-query';
import { describeError } from '@/api/errors';
import { traceQueries, type TraceView } from '@/api/traces';
import { EmptyState } from '@/components/empty-state';
import { LoadingRows } from '@/components/loading-rows';
import { ErrorPanel } from '@/components/error-panel';
import { PageHeader } from '@/components/page-header';
import { TraceTable } from '@/features/traces/components/trace-table';

/** The API's default view: management traces of the last hour (L1598–1601), 50 per page. */
const DEFAULT_VIEW: TraceView = { trace_type: 'system', range: '1h', limit: 50 };

export function TraceListPage() {
  const { data, error, isPending, isFetching, isFetchingNextPage, hasNextPage, fetchNextPage, refetch } = useInfiniteQuery(
    traceQueries.list(DEFAULT_VIEW),
  );
  const traces = data?.pages.flatMap((page) => page.traces) ?? [];

  return (
    <>
      <PageHeader
        title="Traces"
        description="Management traces of the last hour, newest first."
        actions={
          <Button startIcon={<RefreshIcon />} onClick={() => void refetch()} disabled={isFetching}>
            Refresh
          </Button>
        }
      />
      <Paper variant="outlined" sx={{ position: 'relative', overflow: 'hidden' }}>
        {isFetching && !isPending ? (
          <LinearProgress aria-label="Loading traces" sx={{ position: 'absolute', top: 0, left: 0, right: 0 }} />
        ) : null}
        {isPending ? (
          <LoadingRows label="Loading traces" rows={5} height={28} />
        ) : error && traces.length === 0 ? (
          <ErrorPanel {...describeError(error)} onRetry={() => void refetch()} />
        ) : traces.length === 0 ? (
          <EmptyState
            icon={<ManageSearchOutlined />}
            title="No traces in the last hour"
            description="CTS keeps traces for 7 days; nothing was recorded in the last hour."
          />
        ) : (
          <>
            <TraceTable traces={traces} />
            <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', p: 1.5, gap: 2 }}>
              <Typography variant="body2" color="text.secondary" role="status">
                {traces.length} trace{traces.length === 1 ? '' : 's'} loaded{hasNextPage ? '' : ' · all traces of the range are loaded'}
              </Typography>
              {hasNextPage ? (
                <Button onClick={() => void fetchNextPage()} disabled={isFetchingNextPage}>
                  {isFetchingNextPage ? 'Loading…' : 'Load more'}
                </Button>
              ) : null}
            </Box>
            {error ? <ErrorPanel {...describeError(error)} onRetry={() => void fetchNextPage()} /> : null}
          </>
        )}
      </Paper>
    </>
  );
}
