import {
  DEFAULT_TRACE_WINDOW,
  TRACE_FILTER_NAMES,
  type TraceCriteria,
  appliedCriteria,
  inapplicableFilters,
  lookedUpTraceId,
  omitFilters,
  windowBounds,
} from '@/api/rules/trace-query-rules';
import type { TraceFilters, TraceView } from '@/api/traces';
import { fitWindow } from '@/features/traces/trace-time-range';
import { DEFAULT_CRITERIA, type TraceListState } from '@/features/traces/trace-url-state';

/** The list query of a view: the criteria CTS applies, its window (relative ranges resolve when fetched) and the page size. */
export function toTraceView(state: TraceListState, limit: number): TraceView {
  const criteria = appliedCriteria(state.criteria);
  if (lookedUpTraceId(criteria)) {
    return { ...criteria, ...DEFAULT_TRACE_WINDOW, limit };
  }
  return { ...criteria, ...state.window, limit };
}

/** The API query of the view with an absolute window and no paging (what an export pages through). */
export function toAbsoluteFilters(state: TraceListState, now: number): TraceFilters {
  const criteria = appliedCriteria(state.criteria);
  return lookedUpTraceId(criteria) ? criteria : { ...criteria, ...windowBounds(state.window, now) };
}

/** Whether any criterion narrows the list beyond the trace type and time range. */
export function hasCriteria(criteria: TraceCriteria): boolean {
  return TRACE_FILTER_NAMES.some((name) => criteria[name] !== undefined);
}

/** The same trace type and window, every other criterion cleared. */
export function clearCriteria(state: TraceListState): TraceListState {
  return { ...state, criteria: { ...DEFAULT_CRITERIA, trace_type: state.criteria.trace_type }, trace: undefined };
}

/**
 * "Show all traces of this resource / user / trace name" from the drawer: management traces with
 * only those criteria, in the same window.
 */
export function showRelated(state: TraceListState, filters: Partial<TraceFilters>): TraceListState {
  const criteria: TraceCriteria = { trace_type: 'system' };
  for (const name of TRACE_FILTER_NAMES) {
    const value = filters[name];
    if (value) {
      Object.assign(criteria, { [name]: value });
    }
  }
  return { ...state, criteria, trace: undefined };
}

/** Sets or clears one criterion; setting a management-only one on data traces is refused by the panel. */
export function withCriterion<K extends Exclude<keyof TraceCriteria, 'trace_type'>>(state: TraceListState, name: K, value: TraceCriteria[K] | undefined): TraceListState {
  const criteria: TraceCriteria =
    value === undefined || value === '' ? omitFilters(state.criteria, [name]) : { ...state.criteria, [name]: value };
  return { ...state, criteria, trace: undefined };
}

/** Switching trace type drops what the other type does not take: management-only criteria, or the tracker. */
export function withTraceType(state: TraceListState, traceType: TraceCriteria['trace_type']): TraceListState {
  const moved = { ...state.criteria, trace_type: traceType };
  return { ...state, criteria: omitFilters(moved, inapplicableFilters(moved)), trace: undefined };
}

const HOUR = 3_600_000;

/** The management traces from an hour before to an hour after a trace's time, that trace open. */
export function aroundTrace(state: TraceListState, traceId: string, time: number, now: number): TraceListState {
  const window = fitWindow(time - HOUR, Math.min(time + HOUR, now), now).window ?? DEFAULT_TRACE_WINDOW;
  return { ...state, criteria: { trace_type: 'system' }, window, trace: traceId };
}
