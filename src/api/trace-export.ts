import type { Trace } from '@/api/contract/types';
import { MAX_TRACE_LIMIT } from '@/api/rules/trace-query-rules';
import { type TraceFilters, listTraces } from '@/api/traces';

export interface CollectedTraces {
  traces: Trace[];
  /** More traces matched than the cap allowed. */
  truncated: boolean;
}

interface CollectOptions {
  cap: number;
  signal?: AbortSignal;
  onProgress?: (loaded: number) => void;
}

/**
 * Every trace matching `filters`, newest first, paging with `next` = the last `marker` (L1600,
 * L1705) and pages of up to 200 (L1610), until the API has no more or `cap` is reached. Aborting
 * the signal rejects with the abort reason.
 */
export async function collectTraces(filters: TraceFilters, { cap, signal, onProgress }: CollectOptions): Promise<CollectedTraces> {
  const traces: Trace[] = [];
  let next: string | undefined;
  for (;;) {
    signal?.throwIfAborted();
    const limit = Math.min(MAX_TRACE_LIMIT, cap - traces.length);
    const page = await listTraces({ ...filters, limit, ...(next ? { next } : {}) }, signal);
    traces.push(...page.traces.slice(0, cap - traces.length));
    onProgress?.(traces.length);
    next = page.meta_data.marker ?? undefined;
    if (!next || page.traces.length === 0) {
      return { traces, truncated: false };
    }
    if (traces.length >= cap) {
      return { traces, truncated: true };
    }
  }
}
