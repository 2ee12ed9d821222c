import { TRACE_RATINGS, TRACE_TYPES } from '@/api/contract/enums';
import type { Trace, TraceQuery, TraceType } from '@/api/contract/types';
import {
  DEFAULT_TRACE_LIMIT,
  DEFAULT_TRACE_TYPE,
  DEFAULT_TRACE_WINDOW,
  MANAGEMENT_TRACKER_NAME,
  MAX_TRACE_LIMIT,
  MIN_TRACE_LIMIT,
  type QueryCriteria,
  TRACE_FILTERS,
  TRACE_FILTER_NAMES,
  TRACE_NAME_PATTERN,
  TRACE_TIMESTAMP_PATTERN,
  appliedCriteria,
  filterApplies,
  oldestStart,
  windowBounds,
} from '@/api/rules/trace-query-rules';

/**
 * The mock's side of the traces query, built from trace-query-rules.ts: which trace a query
 * returns, and the validation of its wire parameters. Invalid parameters get 400 (L1839) with no
 * documented code; the mock answers CTS.0300 "Query failed." (choice 11) with the messages below.
 * Apart from trace-query-rules.ts so that the first screen does not carry what only the mock runs.
 */

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
