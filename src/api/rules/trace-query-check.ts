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
import { activeText } from '@/api/message-text';
import type { Message } from '@/i18n/message-id';

/**
 * The mock's side of the traces query, built from trace-query-rules.ts: which trace a query
 * returns, and the validation of its wire parameters. Invalid parameters get 400 (L1839) with no
 * documented code; the mock answers CTS.0300 "Query failed." (choice 11) with the messages below
 * (catalog `rules.traceQuery.*`), in the request's language.
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

/** The rules' messages (catalog `rules.traceQuery.*`). */
export const TRACE_QUERY_RULE_MESSAGES = {
  traceType: { id: 'rules.traceQuery.type' },
  timeOrder: { id: 'rules.traceQuery.timeOrder' },
  limit: { id: 'rules.traceQuery.limit' },
  rating: { id: 'rules.traceQuery.rating' },
  traceName: { id: 'rules.traceQuery.name' },
} as const satisfies Record<string, Message>;
const M = TRACE_QUERY_RULE_MESSAGES;

export function traceTimestampIssue(name: 'from' | 'to'): Message {
  return { id: 'rules.traceQuery.timestamp', values: { name } };
}

/** A query as the mock serves it: defaulted and validated, `from`/`to`/`limit` numbers. */
export type NormalisedTraceQuery = Omit<TraceQuery, 'trace_type' | 'from' | 'to' | 'limit'> & {
  trace_type: TraceType;
  /** Exclusive bounds in UTC ms (choice 14); `from` is never older than the retention window. */
  from: number;
  to: number;
  limit: number;
};

/** `issue` is what is wrong; `message` its text in the language active at the check. */
export type TraceQueryCheckResult = { ok: true; query: NormalisedTraceQuery } | { ok: false; message: string; issue: Message };

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

export function traceTimestampFormatIssue(name: 'from' | 'to', text: string): Message | null {
  return TRACE_TIMESTAMP_PATTERN.test(text) ? null : traceTimestampIssue(name);
}

export function traceLimitIssue(text: string): Message | null {
  if (!/^\d+$/.test(text)) {
    return M.limit;
  }
  const limit = Number(text);
  return limit >= MIN_TRACE_LIMIT && limit <= MAX_TRACE_LIMIT ? null : M.limit;
}

export function traceNameIssue(value: string): Message | null {
  return TRACE_NAME_PATTERN.test(value) ? null : M.traceName;
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
  const fail = (issue: Message): TraceQueryCheckResult => ({ ok: false, message: activeText(issue), issue });

  const traceType = param('trace_type') ?? DEFAULT_TRACE_TYPE;
  if (!isOneOf(TRACE_TYPES, traceType)) {
    return fail(M.traceType);
  }
  const fromText = param('from');
  const toText = param('to');
  const limitText = param('limit');
  const formatIssue =
    (fromText === undefined ? null : traceTimestampFormatIssue('from', fromText)) ??
    (toText === undefined ? null : traceTimestampFormatIssue('to', toText)) ??
    (limitText === undefined ? null : traceLimitIssue(limitText));
  if (formatIssue !== null) {
    return fail(formatIssue);
  }
  const to = toText === undefined ? now : Number(toText);
  const from = fromText === undefined ? windowBounds(DEFAULT_TRACE_WINDOW, to).from : Number(fromText);
  if (from >= to) {
    return fail(M.timeOrder);
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
      return fail(M.rating);
    }
    const traceName = param('trace_name');
    const traceNameProblem = traceName === undefined ? null : traceNameIssue(traceName);
    if (traceNameProblem !== null) {
      return fail(traceNameProblem);
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
