import { z } from 'zod';
import { ruleCheck } from './rule-check';
import {
  MANAGEMENT_ONLY_TRACE_FILTERS,
  MAX_TRACE_LIMIT,
  MIN_TRACE_LIMIT,
  TRACE_NAME_PATTERN,
  TRACE_RETENTION_MS,
  TRACE_TIMESTAMP_PATTERN,
} from './trace-query-limits';

export {
  MANAGEMENT_ONLY_TRACE_FILTERS,
  MAX_TRACE_LIMIT,
  MIN_TRACE_LIMIT,
  TRACE_NAME_PATTERN,
  TRACE_RETENTION_MS,
  TRACE_TIMESTAMP_PATTERN,
};

/**
 * Query parameters of GET /traces (L1595–1617). Invalid parameters get 400 (L1839) with no
 * documented code; the mock answers CTS.0300 "Query failed." (choice 11).
 */
export const TRACE_QUERY_ERROR_CODE = 'CTS.0300';

export const TRACE_QUERY_TYPES = ['system', 'data'] as const;
export type TraceQueryType = (typeof TRACE_QUERY_TYPES)[number];
export const DEFAULT_TRACE_QUERY_TYPE: TraceQueryType = 'system';
export const MANAGEMENT_TRACKER_NAME_FOR_TRACES = 'system';

export const TRACE_RATINGS = ['normal', 'warning', 'incident'] as const;
export type TraceRating = (typeof TRACE_RATINGS)[number];

export const DEFAULT_TRACE_WINDOW_MS = 60 * 60 * 1000;

export const DEFAULT_TRACE_LIMIT = 10;


/** Parameters for both trace types (L1599–1602, L1616–1617), passed through unchanged. */
const SHARED_PASS_THROUGH = ['next', 'tracker_name', 'access_key_id', 'enterprise_project_id'] as const;

export const TRACE_TYPE_MESSAGE = 'trace_type must be system or data.';
export const TRACE_TIME_ORDER_MESSAGE = 'from must be earlier than to.';
export const TRACE_LIMIT_MESSAGE = 'limit must be a whole number from 1 to 200.';
export const TRACE_RATING_MESSAGE = 'trace_rating must be normal, warning or incident.';
export const TRACE_NAME_MESSAGE =
  'A trace name has 1–64 letters, digits, periods (.), hyphens (-) or underscores (_), starting with a letter.';

export function traceTimestampMessage(name: 'from' | 'to'): string {
  return `${name} must be a 13-digit UTC timestamp in milliseconds.`;
}

type ManagementOnlyFilter = (typeof MANAGEMENT_ONLY_TRACE_FILTERS)[number];
type SharedPassThrough = (typeof SHARED_PASS_THROUGH)[number];

export type NormalisedTraceQuery = {
  trace_type: TraceQueryType;
  /** Exclusive bounds in UTC ms (choice 14); `from` is never older than the retention window. */
  from: number;
  to: number;
  limit: number;
} & Partial<Record<SharedPassThrough | Exclude<ManagementOnlyFilter, 'trace_rating'>, string>> & {
    trace_rating?: TraceRating;
  };

export type TraceQueryCheckResult = { ok: true; query: NormalisedTraceQuery } | { ok: false; message: string };

function isTraceQueryType(value: string): value is TraceQueryType {
  return (TRACE_QUERY_TYPES as readonly string[]).includes(value);
}

function isTraceRating(value: string): value is TraceRating {
  return (TRACE_RATINGS as readonly string[]).includes(value);
}

export function checkTraceType(value: string): string | null {
  return isTraceQueryType(value) ? null : TRACE_TYPE_MESSAGE;
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

export function checkTraceRating(value: string): string | null {
  return isTraceRating(value) ? null : TRACE_RATING_MESSAGE;
}

export function checkTraceName(value: string): string | null {
  return TRACE_NAME_PATTERN.test(value) ? null : TRACE_NAME_MESSAGE;
}

/**
 * Validates and normalises the query parameters of GET /traces, for the mock handler.
 * An empty parameter (`?from=`) counts as absent. Defaults: trace_type system; to = now;
 * from = to − 1 h; limit 10; tracker_name `system` for management traces (L1598–1610).
 * `from` is clamped to now − 7 days (choice 13), so a window wholly older than that is
 * valid and matches nothing. System-only filters are dropped for data traces (choice 17).
 */
export function checkTraceQuery(params: Record<string, string | undefined>, now: number): TraceQueryCheckResult {
  const param = (name: string): string | undefined => {
    const value = params[name];
    return value === '' ? undefined : value;
  };
  const fail = (message: string): TraceQueryCheckResult => ({ ok: false, message });

  const traceType = param('trace_type') ?? DEFAULT_TRACE_QUERY_TYPE;
  if (!isTraceQueryType(traceType)) {
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
  const from = fromText === undefined ? to - DEFAULT_TRACE_WINDOW_MS : Number(fromText);
  if (from >= to) {
    return fail(TRACE_TIME_ORDER_MESSAGE);
  }

  const query: NormalisedTraceQuery = {
    trace_type: traceType,
    from: Math.max(from, now - TRACE_RETENTION_MS),
    to,
    limit: limitText === undefined ? DEFAULT_TRACE_LIMIT : Number(limitText),
  };
  for (const name of SHARED_PASS_THROUGH) {
    const value = param(name);
    if (value !== undefined) {
      query[name] = value;
    }
  }
  if (query.trace_type === 'data') {
    return { ok: true, query };
  }

  query.tracker_name ??= MANAGEMENT_TRACKER_NAME_FOR_TRACES;
  const rating = param('trace_rating');
  if (rating !== undefined) {
    if (!isTraceRating(rating)) {
      return fail(TRACE_RATING_MESSAGE);
    }
    query.trace_rating = rating;
  }
  const traceName = param('trace_name');
  const traceNameMessage = traceName === undefined ? null : checkTraceName(traceName);
  if (traceNameMessage !== null) {
    return fail(traceNameMessage);
  }
  for (const name of MANAGEMENT_ONLY_TRACE_FILTERS) {
    const value = param(name);
    if (name !== 'trace_rating' && value !== undefined) {
      query[name] = value;
    }
  }
  return { ok: true, query };
}

// Schemas for the console's trace filters (URL parsing, filter inputs).
export const traceQueryTypeSchema = z.enum(TRACE_QUERY_TYPES, { error: TRACE_TYPE_MESSAGE });
export const traceRatingSchema = z.enum(TRACE_RATINGS, { error: TRACE_RATING_MESSAGE });
export const traceNameSchema = z.string().check(ruleCheck(checkTraceName));
export const traceLimitSchema = z
  .number({ error: TRACE_LIMIT_MESSAGE })
  .int(TRACE_LIMIT_MESSAGE)
  .min(MIN_TRACE_LIMIT, TRACE_LIMIT_MESSAGE)
  .max(MAX_TRACE_LIMIT, TRACE_LIMIT_MESSAGE);
