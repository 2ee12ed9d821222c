import { type InfiniteData, useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { type TracePage, type TraceView, traceQueries } from '@/api/traces';

const AUTO_REFRESH_MS = 15_000;

/**
 * The loaded pages of a view, and the ways to renew them: Refresh keeps the first page only and
 * fetches it again (the newest traces, not every loaded page); auto-refresh only counts newer traces.
 */
export function useTraceList(view: TraceView, autoRefresh: boolean) {
  const queryClient = useQueryClient();
  const options = traceQueries.list(view);
  const query = useInfiniteQuery(options);
  const traces = useMemo(() => query.data?.pages.flatMap((page) => page.traces) ?? [], [query.data]);
  const newest = traces[0]?.time;
  const relative = 'range' in view && !view.trace_id;

  const newer = useQuery({
    ...traceQueries.newer(view, newest ?? 0),
    enabled: autoRefresh && relative && newest !== undefined,
    refetchInterval: AUTO_REFRESH_MS,
  });

  const { queryKey } = options;
  const { refetch } = query;
  const refresh = useCallback(() => {
    queryClient.setQueryData<InfiniteData<TracePage, unknown>>(queryKey, (data) =>
      data ? { pages: data.pages.slice(0, 1), pageParams: data.pageParams.slice(0, 1) } : data,
    );
    void refetch();
  }, [queryClient, queryKey, refetch]);

  useFirstRowsMark(queryKey, traces.length > 0);

  return {
    query,
    traces,
    refresh,
    canAutoRefresh: relative,
    newer: autoRefresh && newer.data ? newer.data : { count: 0, more: false },
  };
}

/**
 * `traces:rows` is marked when a view's rows are first painted: the bench reads it for
 * first_rows_ms and filter_to_rows_ms.
 */
function useFirstRowsMark(queryKey: readonly unknown[], shown: boolean) {
  const marked = useRef<string | null>(null);
  const key = JSON.stringify(queryKey);
  useEffect(() => {
    if (!shown || marked.current === key) {
      return undefined;
    }
    const frame = requestAnimationFrame(() => {
      marked.current = key;
      performance.mark('traces:rows', { detail: key });
    });
    return () => cancelAnimationFrame(frame);
  }, [key, shown]);
}
