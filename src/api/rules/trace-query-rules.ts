import { TRACE_TYPES } from '@/api/contract/enums';
import type { Trace, TraceQuery, TraceRating, TraceType } from '@/api/contract/types';

/**
 * The traces query (GET /traces, L1595–1617) in one place: its filters and the trace types each
 * applies to, its window and ranges, its paging limits, and what CTS sets aside (a `trace_id`
 * sets every other criterion and the time aside). The URL parser, the view builder, the client and
 * the mock all read it, so a new filter is added here and as a field of the panel.
 *
 * No zod: the first screen needs this module, and zod (~23 kB gzip) must stay off it (budget 200 kB).
 * What only the mock needs (validating the wire parameters, matching a trace) is built from it in
 * trace-query-check.ts, so that the first screen does not carry it.
 */

/** L1580: traces are kept for the last seven days. */
export const TRACE_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;
export const MIN_TRACE_LIMIT = 1;
export const MAX_TRACE_LIMIT = 200;
export const DEFAULT_TRACE_LIMIT = 10;
/** L1599, L1601: 13-digit UTC milliseconds. */
export const TRACE_TIMESTAMP_PATTERN = /^\d{13}$/;
/** L1639: 1–64 letters, digits, `-`, `_`, `.`, starting with a letter. */
export const TRACE_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9._-]{0,63}$/;

/** L1598: management traces unless the query says otherwise. */
export const DEFAULT_TRACE_TYPE: TraceType = 'system';
/** The management tracker, which records the management traces, is always named `system` (L1602, choice 24). */
export const MANAGEMENT_TRACKER_NAME = 'system';

// ---------------------------------------------------------------- filters

/** The query's filters: every parameter but the trace type, the window and the paging. */
export type TraceFilterName = Exclude<keyof TraceQuery, 'trace_type' | 'from' | 'to' | 'limit' | 'next'>;

interface TraceFilterRule {
  /**
   * The trace types the filter applies to. `system` only: "valid only when trace_type is set to
   * system" (L1605–1615), so CTS ignores it for data traces (choice 17). `tracker_name` CTS takes
   * for both, but management traces are always the management tracker's (L1602): the console
   * offers it for data traces only.
   */
  traceTypes: readonly TraceType[];
  /**
   * The value of a trace the filter compares with, exactly and case-sensitively (spec-notes 1.3);
   * `trackerName` is the tracker that recorded it (a trace does not carry it).
   */
  valueOf: (trace: Trace, trackerName: string) => string | undefined;
}

const BOTH: readonly TraceType[] = TRACE_TYPES;
const MANAGEMENT: readonly TraceType[] = ['system'];

/** Every filter, in the order the console lists them. */
export const TRACE_FILTERS: Readonly<Record<TraceFilterName, TraceFilterRule>> = {
  tracker_name: { traceTypes: ['data'], valueOf: (_trace, trackerName) => trackerName },
  service_type: { traceTypes: MANAGEMENT, valueOf: (trace) => trace.service_type },
  resource_type: { traceTypes: MANAGEMENT, valueOf: (trace) => trace.resource_type },
  trace_name: { traceTypes: MANAGEMENT, valueOf: (trace) => trace.trace_name },
  trace_rating: { traceTypes: MANAGEMENT, valueOf: (trace) => trace.trace_rating },
  user: { traceTypes: MANAGEMENT, valueOf: (trace) => trace.user?.name },
  resource_name: { traceTypes: MANAGEMENT, valueOf: (trace) => trace.resource_name },
  resource_id: { traceTypes: MANAGEMENT, valueOf: (trace) => trace.resource_id },
  access_key_id: { traceTypes: BOTH, valueOf: (trace) => trace.user?.access_key_id },
  enterprise_project_id: { traceTypes: BOTH, valueOf: (trace) => trace.enterprise_project_id },
  trace_id: { traceTypes: MANAGEMENT, valueOf: (trace) => trace.trace_id },
};

export const TRACE_FILTER_NAMES = Object.keys(TRACE_FILTERS) as TraceFilterName[];
/** The filters CTS applies to management traces only (L1605–1615, choice 17). */
export const MANAGEMENT_ONLY_TRACE_FILTERS = TRACE_FILTER_NAMES.filter((name) => !TRACE_FILTERS[name].traceTypes.includes('data'));
/** The filters whose value is free text, sent as typed; `trace_rating` is the one enumeration. */
export type TextTraceFilter = Exclude<TraceFilterName, 'trace_rating'>;
export const TEXT_TRACE_FILTERS = TRACE_FILTER_NAMES.filter((name): name is TextTraceFilter => name !== 'trace_rating');

/** The console's criteria of a view: the trace type and the filters set, with the API's names. */
export type TraceCriteria = { trace_type: TraceType; trace_rating?: TraceRating } & Partial<Record<TextTraceFilter, string>>;
/** Criteria as a query may hold them: an absent trace type is the default one. */
export type QueryCriteria = Partial<TraceCriteria>;

/** Whether the console offers `name` for `traceType` (see TraceFilterRule.traceTypes). */
export function filterApplies(name: TraceFilterName, traceType: TraceType): boolean {
  return TRACE_FILTERS[name].traceTypes.includes(traceType);
}

/** The filters set in `criteria` that the console does not offer for its trace type, in the order `criteria` holds them. */
export function inapplicableFilters(criteria: TraceCriteria): TraceFilterName[] {
  return Object.keys(criteria)
    .filter((name): name is TraceFilterName => Object.hasOwn(TRACE_FILTERS, name))
    .filter((name) => criteria[name] !== undefined && !filterApplies(name, criteria.trace_type));
}

/** The object without the filters `names`; every other key (the trace type, a window, paging) stays. */
export function omitFilters<T extends object>(query: T, names: readonly TraceFilterName[]): T {
  const dropped = new Set<string>(names);
  return Object.fromEntries(Object.entries(query).filter(([name]) => !dropped.has(name))) as T;
}

/**
 * The trace ID a query looks up, if any. CTS then sets every other criterion and the time window
 * aside (L1611, choice 16); the ID is a management-only filter, so a data query has none.
 */
export function lookedUpTraceId(query: { trace_type?: TraceType; trace_id?: string }): string | undefined {
  return (query.trace_type ?? DEFAULT_TRACE_TYPE) === 'system' && query.trace_id ? query.trace_id : undefined;
}

/**
 * The criteria CTS applies: with a looked-up trace ID, that ID alone; for data traces, none of the
 * management-only filters. Keys that are not filters (a window, paging) are the caller's.
 */
export function appliedCriteria<C extends QueryCriteria>(criteria: C): C {
  const traceId = lookedUpTraceId(criteria);
  if (traceId !== undefined) {
    return { ...omitFilters(criteria, TRACE_FILTER_NAMES), trace_type: 'system', trace_id: traceId } as C;
  }
  return criteria.trace_type === 'data' ? omitFilters(criteria, MANAGEMENT_ONLY_TRACE_FILTERS) : criteria;
}

// ---------------------------------------------------------------- window

/** The console's preset windows, each ending now. */
export const TRACE_RANGES = { '1h': 3_600_000, '1d': 86_400_000, '1w': 604_800_000 } as const;
export type TraceRange = keyof typeof TRACE_RANGES;

/** Either a preset relative to now, or an absolute window in UTC milliseconds (exclusive bounds, choice 14). */
export type TraceWindow = { range: TraceRange } | { from: number; to: number };

/** The API's default window: the hour before `to`, which defaults to now (L1599–1601). */
export const DEFAULT_TRACE_WINDOW = { range: '1h' } as const satisfies TraceWindow;

export function isTraceRange(value: string): value is TraceRange {
  return Object.hasOwn(TRACE_RANGES, value);
}

/** The window's bounds at `now`. */
export function windowBounds(window: TraceWindow, now: number): { from: number; to: number } {
  return 'range' in window ? { from: now - TRACE_RANGES[window.range], to: now } : window;
}

/** The oldest instant a window may start at: CTS has no trace older than the retention (L1580). */
export function oldestStart(now: number): number {
  return now - TRACE_RETENTION_MS;
}
