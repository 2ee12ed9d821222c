import type { ScannedTrace } from '@/features/insights/scan/scanned-trace';

/** What a scan read: a statement the user sees with every result. */
export interface ScanScope {
  read: number;
  /** The window asked for, [from, to). */
  from: number;
  to: number;
  /** The oldest instant covered: `from` when complete, the oldest trace read when the bound stopped the scan. */
  coveredFrom: number;
  complete: boolean;
  bound: number;
  /** Traces fetched by the last pass (a refresh reads only the newer ones). */
  fetched: number;
}

export interface ScanEntry {
  /** Newest first. */
  traces: ScannedTrace[];
  scope: ScanScope;
}

/**
 * Adds a refresh (the traces newer than the cached scan) to the cached entry: the window moves to
 * [from, to), traces now older than `from` leave, and past the bound the oldest are dropped.
 */
export function mergeNewer(cached: ScanEntry, newer: { traces: ScannedTrace[]; complete: boolean }, window: { from: number; to: number }): ScanEntry {
  const seen = new Set<string>();
  const merged: ScannedTrace[] = [];
  for (const trace of [...newer.traces, ...cached.traces]) {
    if (trace.time >= window.from && trace.time < window.to && !seen.has(trace.trace_id)) {
      seen.add(trace.trace_id);
      merged.push(trace);
    }
  }
  const bound = cached.scope.bound;
  const traces = merged.slice(0, bound);
  // A refresh that itself hit the bound leaves a gap between it and the cached traces: start again.
  const complete = newer.complete && cached.scope.complete && merged.length <= bound;
  const oldest = traces[traces.length - 1]?.time;
  return {
    traces,
    scope: {
      read: traces.length,
      from: window.from,
      to: window.to,
      coveredFrom: complete || oldest === undefined ? window.from : Math.max(window.from, oldest),
      complete,
      bound,
      fetched: newer.traces.length,
    },
  };
}

/** The entry of a first (or restarted) scan. */
export function entryOf(traces: ScannedTrace[], complete: boolean, window: { from: number; to: number }, bound: number): ScanEntry {
  const oldest = traces[traces.length - 1]?.time;
  return {
    traces,
    scope: {
      read: traces.length,
      from: window.from,
      to: window.to,
      coveredFrom: complete || oldest === undefined ? window.from : oldest,
      complete,
      bound,
      fetched: traces.length,
    },
  };
}
