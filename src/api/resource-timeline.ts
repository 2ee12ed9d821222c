import { queryOptions } from '@tanstack/react-query';
import type { Trace } from '@/api/contract/types';
import { TRACE_RETENTION_MS } from '@/api/rules/trace-query-rules';
import { listTraces } from '@/api/traces';

/** More than a week of changes to one resource is not a timeline anyone reads: the page says so. */
export const RESOURCE_TIMELINE_LIMIT = 2_000;

export interface ResourceTraces {
  /** Newest first, as CTS returns them. */
  traces: Trace[];
  /** Every trace of the resource in the window was read. */
  complete: boolean;
  from: number;
  to: number;
}

/** Every management trace of a resource that CTS still keeps (L1580), newest first, up to the limit. */
export async function listResourceTraces(resourceId: string, now: number, signal?: AbortSignal): Promise<ResourceTraces> {
  const from = now - TRACE_RETENTION_MS;
  const traces: Trace[] = [];
  let next: string | undefined;
  do {
    const page = await listTraces({ trace_type: 'system', resource_id: resourceId, from, to: now, limit: 200, ...(next ? { next } : {}) }, signal);
    traces.push(...page.traces);
    next = page.meta_data.marker ?? undefined;
  } while (next && traces.length < RESOURCE_TIMELINE_LIMIT);
  return { traces, complete: !next, from, to: now };
}

export const resourceTimelineQueries = {
  all: () => ['traces', 'resource-timeline'] as const,
  timeline: (resourceId: string) =>
    queryOptions({
      queryKey: [...resourceTimelineQueries.all(), resourceId] as const,
      queryFn: ({ signal }) => listResourceTraces(resourceId, Date.now(), signal),
    }),
};
