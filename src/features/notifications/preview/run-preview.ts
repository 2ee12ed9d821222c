import type { ListTracesResponse, Trace } from '@/api/contract/types';
import type { TraceFilters } from '@/api/traces';
import { type PreviewRule, matchesNotification } from '@/features/notifications/preview/preview-matching';
import { PAGE_LIMIT, type PreviewPlan } from '@/features/notifications/preview/preview-plan';

export type ListTracesPage = (filters: TraceFilters & { next?: string }, signal?: AbortSignal) => Promise<ListTracesResponse>;

export interface PreviewProgress {
  read: number;
  queriesDone: number;
}

export interface PreviewResult {
  plan: PreviewPlan;
  /** Matching traces, newest first, each once. */
  matches: Trace[];
  read: number;
  /** Every trace the queries could return was read; false when the bound stopped the scan. */
  complete: boolean;
  /** The oldest trace read, when the bound stopped the scan: the scope reaches back to it. */
  oldestRead: number | null;
}

/**
 * Runs the plan's queries one after another, newest first, paging with `next` (L1600, L1705),
 * until every query is exhausted or `bound` traces are read; each page is tested locally.
 */
export async function runPreview(
  plan: PreviewPlan,
  rule: PreviewRule,
  listTraces: ListTracesPage,
  options: { signal?: AbortSignal; onProgress?: (progress: PreviewProgress) => void } = {},
): Promise<PreviewResult> {
  const matches = new Map<string, Trace>();
  let read = 0;
  let oldestRead: number | null = null;
  let complete = true;
  let queriesDone = 0;
  for (const query of plan.queries) {
    let next: string | undefined;
    do {
      const remaining = plan.bound - read;
      if (remaining <= 0) {
        complete = false;
        break;
      }
      const page = await listTraces({ ...query, limit: Math.min(PAGE_LIMIT, remaining), ...(next ? { next } : {}) }, options.signal);
      for (const trace of page.traces) {
        read += 1;
        oldestRead = oldestRead === null ? trace.time : Math.min(oldestRead, trace.time);
        if (matchesNotification(trace, rule)) {
          matches.set(trace.trace_id, trace);
        }
      }
      next = page.meta_data.marker ?? undefined;
      options.onProgress?.({ read, queriesDone });
    } while (next !== undefined);
    if (!complete) {
      break;
    }
    queriesDone += 1;
    options.onProgress?.({ read, queriesDone });
  }
  const sorted = [...matches.values()].sort((a, b) => b.time - a.time || (a.trace_id < b.trace_id ? 1 : -1));
  return { plan, matches: sorted, read, complete, oldestRead: complete ? null : oldestRead };
}
