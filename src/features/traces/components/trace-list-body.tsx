import ManageSearchOutlined from '@mui/icons-material/ManageSearchOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { EmptyState } from '@/components/empty-state';
import { LoadingRows } from '@/components/loading-rows';
import { LazyTraceListError } from '@/features/traces/components/lazy-trace-list-error';
import { useT } from '@/i18n/use-t';

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
  const t = useT();
  const { isPending, error, loadedCount, shownCount, hasNextPage, isFetchingNextPage } = props;
  if (isPending) {
    return <LoadingRows label={t('traces.page.loadingTraces')} rows={8} height={28} />;
  }
  if (error && loadedCount === 0) {
    return <LazyTraceListError error={error} title={t('traces.list.error')} onRetry={props.onRetry} />;
  }
  if (loadedCount === 0) {
    return props.filtered ? (
      <EmptyState
        icon={<ManageSearchOutlined />}
        title={t('traces.list.noMatch.title')}
        description={t('traces.list.noMatch.description', { range: props.rangeLabel.toLowerCase() })}
        action={<Button onClick={props.onClearFilters}>{t('traces.applied.clear')}</Button>}
      />
    ) : (
      <EmptyState
        icon={<ManageSearchOutlined />}
        title={t('traces.list.empty.title')}
        description={t('traces.list.empty.description')}
      />
    );
  }
  return (
    <>
      {shownCount === 0 ? (
        <EmptyState
          title={t('traces.list.quickNoMatch.title')}
          description={t('traces.list.quickNoMatch.description', { count: loadedCount })}
          action={<Button onClick={props.onClearQuickFilter}>{t('traces.list.quickNoMatch.clear')}</Button>}
        />
      ) : (
        props.table
      )}
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', p: 1.5, gap: 2 }}>
        <Typography variant="body2" color="text.secondary" role="status">
          {props.quickFilter ? t('traces.list.shownOfLoaded', { shown: shownCount, count: loadedCount }) : t('traces.list.loaded', { count: loadedCount })}
          {hasNextPage ? '' : ` · ${t('traces.list.end')}`}
        </Typography>
        {hasNextPage ? (
          <Button variant="outlined" onClick={props.onLoadMore} disabled={isFetchingNextPage}>
            {isFetchingNextPage ? t('traces.list.loading') : t('traces.list.loadMore')}
          </Button>
        ) : null}
      </Box>
      {error ? <LazyTraceListError error={error} title={t('traces.list.moreError')} onRetry={props.onLoadMore} /> : null}
    </>
  );
}
