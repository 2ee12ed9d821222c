import ManageSearchOutlined from '@mui/icons-material/ManageSearchOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { EmptyState } from '@/components/empty-state';
import { LoadingRows } from '@/components/loading-rows';
import { LazyTraceListError } from '@/features/traces/components/lazy-trace-list-error';

interface TraceListBodyProps {
  isPending: boolean;
  error: Error | null;
  loadedCount: number;
  shownCount: number;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  /** Criteria beyond the trace type and time range narrow the list. */
  filtered: boolean;
  quickFilter: string;
  rangeLabel: string;
  table: ReactNode;
  onRetry: () => void;
  onLoadMore: () => void;
  onClearFilters: () => void;
  onClearQuickFilter: () => void;
}

/** Every state of the list: first load, error, empty, no match, and the table with its paging. */
export function TraceListBody(props: TraceListBodyProps) {
  const { isPending, error, loadedCount, shownCount, hasNextPage, isFetchingNextPage } = props;
  if (isPending) {
    return <LoadingRows label="Loading traces" rows={8} height={28} />;
  }
  if (error && loadedCount === 0) {
    return <LazyTraceListError error={error} title="Traces could not be loaded" onRetry={props.onRetry} />;
  }
  if (loadedCount === 0) {
    return props.filtered ? (
      <EmptyState
        icon={<ManageSearchOutlined />}
        title="No trace matches these filters"
        description={`CTS matches values exactly, including case. Nothing in ${props.rangeLabel.toLowerCase()} has all of them.`}
        action={<Button onClick={props.onClearFilters}>Clear filters</Button>}
      />
    ) : (
      <EmptyState
        icon={<ManageSearchOutlined />}
        title="No traces in this time range"
        description="Nothing was recorded in this range. Try a wider one: CTS keeps traces for the last 7 days."
      />
    );
  }
  return (
    <>
      {shownCount === 0 ? (
        <EmptyState
          title="No loaded trace contains this text"
          description={`The quick filter searches the ${loadedCount} loaded traces only. Load more, or clear it.`}
          action={<Button onClick={props.onClearQuickFilter}>Clear the quick filter</Button>}
        />
      ) : (
        props.table
      )}
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', p: 1.5, gap: 2 }}>
        <Typography variant="body2" color="text.secondary" role="status">
          {props.quickFilter ? `${shownCount} of ` : ''}
          {loadedCount} trace{loadedCount === 1 ? '' : 's'} loaded
          {hasNextPage ? '' : ' · End of the list: every trace of the range is loaded'}
        </Typography>
        {hasNextPage ? (
          <Button variant="outlined" onClick={props.onLoadMore} disabled={isFetchingNextPage}>
            {isFetchingNextPage ? 'Loading…' : 'Load more'}
          </Button>
        ) : null}
      </Box>
      {error ? <LazyTraceListError error={error} title="More traces could not be loaded" onRetry={props.onLoadMore} /> : null}
    </>
  );
}
