import type { QueryClient } from '@tanstack/react-query';
import { getConnection } from '@/api/connection';
import { traceQueries } from '@/api/traces';
import { preloadExportButton } from '@/features/traces/components/export-slot';
import { LazyTraceTable } from '@/features/traces/components/lazy-trace-table';
import { loadTracePreferences } from '@/features/traces/hooks/use-trace-preferences';
import { toTraceView } from '@/features/traces/trace-view';
import { parseTraceSearch } from '@/features/traces/trace-url-state';

/**
 * Asks for the first page of the list a /traces link shows as soon as the app starts, so the
 * request runs while the shell renders instead of after (the screen's query then finds it in
 * flight, or answered, under the same key). When it succeeds, the table's chunk is fetched too.
 * A link with malformed parameters is left alone: the screen rewrites it first.
 */
export async function prefetchTraceList(queryClient: QueryClient, search: string): Promise<void> {
  const { state, notices } = parseTraceSearch(new URLSearchParams(search), Date.now());
  if (notices.length > 0) {
    return;
  }
  const options = traceQueries.list(toTraceView(state, loadTracePreferences().pageSize));
  await queryClient.prefetchInfiniteQuery(options);
  if (queryClient.getQueryState(options.queryKey)?.status === 'success') {
    await LazyTraceTable.preload();
  }
}

/**
 * What the trace list shows on its first render, loaded before it (a failure is left to its
 * Suspense). On the mock, rows are certain to come: the table is loaded with the screen too.
 */
export function preloadTraceListParts(): Promise<void> {
  const parts: Promise<unknown>[] = [preloadExportButton()];
  if (getConnection().mode === 'mock') {
    parts.push(LazyTraceTable.preload());
  }
  return Promise.all(parts).then(
    () => undefined,
    () => undefined,
  );
}
