import { TRACE_RATINGS, TRACE_TYPES } from '@/api/contract/enums';
import type { Trace, TraceQuery, TraceRating, TraceType } from '@/api/contract/types';

/**
 * The traces query (GET /traces, L1595–1617) in one place: its filters and the trace types each
 * applies to, its window and ranges, its paging limits, and what CTS sets aside (a `trace_id`
 * sets every other criterion and the time aside). The URL parser, the view builder, the client and
 * the mock all read it, so a new filter is added here and as a field of the panel.
 *
 * No zod: the first screen needs this module, and zod (~23 kB gzip) must stay off it (budget 200 kB).
 * Invalid parameters get 400 (L1839) with no documented code; the mock answers CTS.0300 "Query
 * failed." (choice 11) with the messages below.
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
type QueryCriteria = Partial<TraceCriteria>;

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

/** The type of the traces a tracker records: management traces are the management tracker's. */
export function traceTypeOfTracker(trackerName: string): TraceType {
  return trackerName === MANAGEMENT_TRACKER_NAME ? 'system' : 'data';
}

/**
 * Whether CTS answers `query` with `trace`, recorded by `trackerName`, the window and paging aside:
 * the trace type is the tracker's, and each filter CTS applies equals the trace's value.
 */
export function matchesCriteria(trace: Trace, trackerName: string, query: QueryCriteria): boolean {
  if (traceTypeOfTracker(trackerName) !== (query.trace_type ?? DEFAULT_TRACE_TYPE)) {
    return false;
  }
  const criteria = appliedCriteria(query);
  return TRACE_FILTER_NAMES.every((name) => criteria[name] === undefined || TRACE_FILTERS[name].valueOf(trace, trackerName) === criteria[name]);
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

// ---------------------------------------------------------------- the mock's validation

export const TRACE_TYPE_MESSAGE = 'trace_type must be system or data.';
export const TRACE_TIME_ORDER_MESSAGE = 'from must be earlier than to.';
export const TRACE_LIMIT_MESSAGE = 'limit must be a whole number from 1 to 200.';
export const TRACE_RATING_MESSAGE = 'trace_rating must be normal, warning or incident.';
export const TRACE_NAME_MESSAGE =
  'A trace name has 1–64 letters, digits, periods (.), hyphens (-) or underscores (_), starting with a letter.';

export function traceTimestampMessage(name: 'from' | 'to'): string {
  return `${name} must be a 13-digit UTC timestamp in milliseconds.`;
}

/** A query as the mock serves it: defaulted and validated, `from`/`to`/`limit` numbers. */
export type NormalisedTraceQuery = Omit<TraceQuery, 'trace_type' | 'from' | 'to' | 'limit'> & {
  trace_type: TraceType;
  /** Exclusive bounds in UTC ms (choice 14); `from` is never older than the retention window. */
  from: number;
  to: number;
  limit: number;
};

export type TraceQueryCheckResult = { ok: true; query: NormalisedTraceQuery } | { ok: false; message: string };

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

export function checkTraceTimestamp(name: 'from' | 'to', text: string): string | null {
  return TRACE_TIMESTAMP_PATTERN.test(text) ? null : traceTimestampMessage(name);
}

export function checkTraceLimit(text: string): string | null {
  if (!/^\d+$/.test(text)) {
    return TRACE_LIMIT_MESSAGE;
  }
  const limit = Number(text);
  return limit >= MIN_TRACE_LIMIT && limit <= MAX_TRACE_LIMIT ? null : TRACE_LIMIT_MESSAGE;
}

export function checkTraceName(value: string): string | null {
  return TRACE_NAME_PATTERN.test(value) ? null : TRACE_NAME_MESSAGE;
}

/**
 * Validates and normalises the query parameters of GET /traces, for the mock handler.
 * An empty parameter (`?from=`) counts as absent. Defaults: trace_type system; to = now;
 * from = to − 1 h; limit 10; tracker_name `system` for management traces (L1598–1610).
 * `from` is clamped to now − 7 days (choice 13), so a window wholly older than that is
 * valid and matches nothing. Management-only filters are dropped for data traces (choice 17).
 */
export function checkTraceQuery(params: Record<string, string | undefined>, now: number): TraceQueryCheckResult {
  const param = (name: string): string | undefined => {
    const value = params[name];
    return value === '' ? undefined : value;
  };
  const fail = (message: string): TraceQueryCheckResult => ({ ok: false, message });

  const traceType = param('trace_type') ?? DEFAULT_TRACE_TYPE;
  if (!isOneOf(TRACE_TYPES, traceType)) {
    return fail(TRACE_TYPE_MESSAGE);
  }
  const fromText = param('from');
  const toText = param('to');
  const limitText = param('limit');
  const formatMessage =
    (fromText === undefined ? null : checkTraceTimestamp('from', fromText)) ??
    (toText === undefined ? null : checkTraceTimestamp('to', toText)) ??
    (limitText === undefined ? null : checkTraceLimit(limitText));
  if (formatMessage !== null) {
    return fail(formatMessage);
  }
  const to = toText === undefined ? now : Number(toText);
  const from = fromText === undefined ? windowBounds(DEFAULT_TRACE_WINDOW, to).from : Number(fromText);
  if (from >= to) {
    return fail(TRACE_TIME_ORDER_MESSAGE);
  }

  const query: NormalisedTraceQuery = {
    trace_type: traceType,
    from: Math.max(from, oldestStart(now)),
    to,
    limit: limitText === undefined ? DEFAULT_TRACE_LIMIT : Number(limitText),
  };
  const next = param('next');
  if (next !== undefined) {
    query.next = next;
  }
  // CTS takes tracker_name for both types (L1602), whatever the console offers.
  const taken = TRACE_FILTER_NAMES.filter((name) => name === 'tracker_name' || filterApplies(name, traceType));
  if (traceType === 'system') {
    const rating = param('trace_rating');
    if (rating !== undefined && !isOneOf(TRACE_RATINGS, rating)) {
      return fail(TRACE_RATING_MESSAGE);
    }
    const traceName = param('trace_name');
    const traceNameMessage = traceName === undefined ? null : checkTraceName(traceName);
    if (traceNameMessage !== null) {
      return fail(traceNameMessage);
    }
  }
  for (const name of taken) {
    const value = param(name);
    if (value !== undefined) {
      Object.assign(query, { [name]: value });
    }
  }
  if (traceType === 'system') {
    query.tracker_name ??= MANAGEMENT_TRACKER_NAME;
  }
  return { ok: true, query };
}
