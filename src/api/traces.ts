import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { cts, projectId } from '@/api/client';
import type { ListTracesResponse, operations } from '@/api/contract/types';
import { normaliseFilters } from '@/api/query-keys';

/** The listTraces query parameters, less the paging cursor the query owns. */
export type TraceFilters = Omit<NonNullable<operations['listTraces']['parameters']['query']>, 'next'>;

export const TRACE_RANGES = { '1h': 3_600_000, '1d': 86_400_000, '1w': 604_800_000 } as const;
export type TraceRange = keyof typeof TRACE_RANGES;

/** A view of the trace list: either a relative range resolved when fetched, or absolute from/to. */
export type TraceView = Omit<TraceFilters, 'from' | 'to'> & ({ range: TraceRange } | { from: number; to: number });

export async function listTraces(filters: TraceFilters & { next?: string }, signal?: AbortSignal): Promise<ListTracesResponse> {
  const { data } = await cts.GET('/v3/{project_id}/traces', {
    params: { path: { project_id: projectId() }, query: normaliseFilters(filters) },
    signal,
  });
  return data ?? { traces: [], meta_data: { count: 0, marker: null } };
}

function resolveWindow(view: TraceView, now: number): TraceFilters {
  if ('range' in view) {
    const { range, ...rest } = view;
    return { ...rest, from: now - TRACE_RANGES[range], to: now };
  }
  return view;
}

export const traceQueries = {
  all: () => ['traces'] as const,
  lists: () => [...traceQueries.all(), 'list'] as const,
  /** Pages newest first, each asking for traces older than the previous page's `marker` (L1600, L1705). */
  list: (view: TraceView) =>
    infiniteQueryOptions({
      queryKey: [...traceQueries.lists(), normaliseFilters(view)] as const,
      queryFn: ({ pageParam, signal }) =>
        listTraces({ ...resolveWindow(view, pageParam.now), ...(pageParam.next ? { next: pageParam.next } : {}) }, signal),
      initialPageParam: { next: undefined as string | undefined, now: Date.now() },
      getNextPageParam: (last, _pages, previous) =>
        last.meta_data.marker ? { next: last.meta_data.marker, now: previous.now } : undefined,
    }),
  /** One trace by ID: CTS ignores every other criterion, the time window included (L1611). */
  detail: (traceId: string) =>
    queryOptions({
      queryKey: [...traceQueries.all(), 'detail', traceId] as const,
      queryFn: async ({ signal }) => (await listTraces({ trace_id: traceId, trace_type: 'system' }, signal)).traces[0] ?? null,
    }),
};
