import { queryOptions } from '@tanstack/react-query';
import type { Trace } from '@/api/contract/types';
import { TRACE_RETENTION_MS } from '@/api/rules/trace-query-rules';
import { type TraceFilters, listTraces, traceQueries } from '@/api/traces';

/** What a management trace did to its resource, read from its trace name. */
export type ChangeKind = 'create' | 'update' | 'delete';

/** Largest page the API serves (L1610): fewest round trips while searching back. */
const PAGE_LIMIT = 200;

export function changeKindOf(traceName: string): ChangeKind | null {
  if (/^create/i.test(traceName)) {
    return 'create';
  }
  if (/^(update|modify)/i.test(traceName)) {
    return 'update';
  }
  if (/^(delete|remove)/i.test(traceName)) {
    return 'delete';
  }
  return null;
}

/** What identifies a trace's place in its resource's history. */
export type ResourceEvent = Pick<Trace, 'trace_id' | 'resource_id' | 'service_type' | 'resource_type' | 'time' | 'record_time'>;

function resourceEventOf({ trace_id, resource_id, service_type, resource_type, time, record_time }: Trace): ResourceEvent {
  return { trace_id, resource_id, service_type, resource_type, time, record_time };
}

/** `a` happened before `b`: by `time`, then `record_time` (monotonic in CTS, choice 14), then ID. */
export function happenedBefore(a: ResourceEvent, b: ResourceEvent): boolean {
  if (a.time !== b.time) {
    return a.time < b.time;
  }
  if (a.record_time !== b.record_time) {
    return a.record_time < b.record_time;
  }
  return a.trace_id < b.trace_id;
}

function succeeded(trace: Trace): boolean {
  const code = Number(trace.code);
  // No code, or one that is not a number, is not read as a failure.
  return !Number.isFinite(code) || code < 400;
}

/**
 * The trace that last set the resource before `trace`: a create or update of the same resource
 * (ID, service, type) that succeeded and happened earlier.
 */
export function isPreviousSetting(candidate: Trace, trace: ResourceEvent): boolean {
  const kind = changeKindOf(candidate.trace_name);
  return (
    (kind === 'create' || kind === 'update') &&
    candidate.trace_id !== trace.trace_id &&
    candidate.resource_id === trace.resource_id &&
    candidate.service_type === trace.service_type &&
    candidate.resource_type === trace.resource_type &&
    succeeded(candidate) &&
    happenedBefore(candidate, trace)
  );
}

/**
 * The API query for the resource's earlier traces: its own filters (L1605–1615), from the oldest
 * instant CTS keeps (L1580) to just after the trace, so that traces of the same millisecond are
 * seen too (`to` is exclusive, choice 14). `null` when the trace has no resource ID or lies
 * outside the window.
 */
export function resourceHistoryQuery(trace: ResourceEvent, now: number): TraceFilters | null {
  const from = now - TRACE_RETENTION_MS;
  const to = trace.time + 1;
  if (!trace.resource_id || to <= from) {
    return null;
  }
  return {
    trace_type: 'system',
    resource_id: trace.resource_id,
    service_type: trace.service_type,
    resource_type: trace.resource_type,
    from,
    to,
    limit: PAGE_LIMIT,
  };
}

/** Pages back (newest first, `next` = `marker`, L1600) until a trace matches or none is left. */
export async function findTrace(filters: TraceFilters, matches: (trace: Trace) => boolean, signal?: AbortSignal): Promise<Trace | null> {
  let next: string | undefined;
  do {
    const page = await listTraces({ ...filters, ...(next ? { next } : {}) }, signal);
    const found = page.traces.find(matches);
    if (found) {
      return found;
    }
    next = page.meta_data.marker ?? undefined;
  } while (next);
  return null;
}

/** The create or update that set the resource before `trace`, within the 7-day window; null if none. */
export async function findPreviousSetting(trace: ResourceEvent, now: number, signal?: AbortSignal): Promise<Trace | null> {
  const query = resourceHistoryQuery(trace, now);
  return query ? findTrace(query, (candidate) => isPreviousSetting(candidate, trace), signal) : null;
}

export const traceHistoryQueries = {
  all: () => [...traceQueries.all(), 'history'] as const,
  previousSetting: (trace: Trace) => {
    const event = resourceEventOf(trace);
    return queryOptions({
      queryKey: [...traceHistoryQueries.all(), 'previous-setting', event] as const,
      queryFn: ({ signal }) => findPreviousSetting(event, Date.now(), signal),
      // History before a trace does not change; only new traces arrive.
      staleTime: Infinity,
    });
  },
};
