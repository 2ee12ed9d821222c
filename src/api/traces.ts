import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { cts, projectId } from '@/api/client';
import type { ListTracesResponse, Trace, operations } from '@/api/contract/types';
import { normaliseFilters } from '@/api/query-keys';
import { type TraceWindow, appliedCriteria, lookedUpTraceId, windowBounds } from '@/api/rules/trace-query-rules';

/** The listTraces query parameters, less the paging cursor the query owns. */
export type TraceFilters = Omit<NonNullable<operations['listTraces']['parameters']['query']>, 'next'>;

/** A view of the trace list: either a relative range resolved when fetched, or absolute from/to. */
export type TraceView = Omit<TraceFilters, 'from' | 'to'> & TraceWindow;

/**
 * A page as the console reads it. Huawei's SDK marks every field of the answer optional: an absent
 * list is empty, and an absent marker means the last page, never "more to come".
 */
export interface TraceListPage {
  traces: Trace[];
  meta_data: { count: number; marker: string | null };
}

/** One page of the list, with the instant its relative range was resolved at (shared by later pages). */
export type TracePage = TraceListPage & { now: number };

interface TracePageParam {
  next: string | undefined;
  /** Undefined for the first page: the range is resolved when it is fetched, so a refetch sees new traces. */
  now: number | undefined;
}

/** Huawei's SDK marks both fields of the answer optional; the mock always sends them. */
export function readTraceList(data: Partial<ListTracesResponse> | undefined): TraceListPage {
  const traces = data?.traces ?? [];
  return { traces, meta_data: { count: data?.meta_data?.count ?? traces.length, marker: data?.meta_data?.marker || null } };
}

export async function listTraces(filters: TraceFilters & { next?: string }, signal?: AbortSignal): Promise<TraceListPage> {
  const { data } = await cts.GET('/v3/{project_id}/traces', {
    params: { path: { project_id: projectId() }, query: normaliseFilters(filters) },
    signal,
  });
  return readTraceList(data);
}

/** The view without its window: its criteria and page size. */
function criteriaOf(view: TraceView): Omit<TraceFilters, 'from' | 'to'> {
  const { range: _range, from: _from, to: _to, ...criteria } = view as TraceView & { range?: unknown; from?: number; to?: number };
  return criteria;
}

/**
 * The API query of a view at `now`: a relative range becomes absolute from/to. With a looked-up
 * `trace_id` CTS sets every other criterion and the time window aside (L1611), so none is sent.
 */
export function resolveWindow(view: TraceView, now: number): TraceFilters {
  const criteria = appliedCriteria(criteriaOf(view));
  return lookedUpTraceId(criteria) ? normaliseFilters(criteria) : { ...criteria, ...windowBounds(view, now) };
}

const NEWER_LIMIT = 200;

export const traceQueries = {
  all: () => ['traces'] as const,
  lists: () => [...traceQueries.all(), 'list'] as const,
  /** Pages newest first, each asking for traces older than the previous page's `marker` (L1600, L1705). */
  list: (view: TraceView) =>
    infiniteQueryOptions({
      queryKey: [...traceQueries.lists(), normaliseFilters(view)] as const,
      queryFn: async ({ pageParam, signal }): Promise<TracePage> => {
        const now = pageParam.now ?? Date.now();
        const page = await listTraces({ ...resolveWindow(view, now), ...(pageParam.next ? { next: pageParam.next } : {}) }, signal);
        return { ...page, now };
      },
      initialPageParam: { next: undefined, now: undefined } as TracePageParam,
      getNextPageParam: (last): TracePageParam | undefined =>
        last.meta_data.marker ? { next: last.meta_data.marker, now: last.now } : undefined,
    }),
  /**
   * How many traces of a view arrived after `after` (exclusive, L1599), up to 200: what auto-refresh
   * announces without moving the loaded rows.
   */
  newer: (view: TraceView, after: number) =>
    queryOptions({
      queryKey: [...traceQueries.all(), 'newer', normaliseFilters(view), after] as const,
      queryFn: async ({ signal }) => {
        const page = await listTraces({ ...criteriaOf(view), from: after, to: Date.now(), limit: NEWER_LIMIT }, signal);
        return { count: page.traces.length, more: page.meta_data.marker !== null };
      },
    }),
  /** One trace by ID: CTS ignores every other criterion, the time window included (L1611). */
  detail: (traceId: string) =>
    queryOptions({
      queryKey: [...traceQueries.all(), 'detail', traceId] as const,
      queryFn: async ({ signal }) => (await listTraces({ trace_id: traceId, trace_type: 'system' }, signal)).traces[0] ?? null,
    }),
};
