/**
 * The traces query's limits (L1595–1617), in a module without zod: the first screen needs them,
 * and zod (~23 kB gzip) must stay off it (budget 200 kB). `trace-query-rules.ts` builds its checks
 * and schemas from these.
 */
/** L1580: traces are kept for the last seven days. */
export const TRACE_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;
export const MIN_TRACE_LIMIT = 1;
export const MAX_TRACE_LIMIT = 200;
/** L1599, L1601: 13-digit UTC milliseconds. */
export const TRACE_TIMESTAMP_PATTERN = /^\d{13}$/;
/** L1639: 1–64 letters, digits, `-`, `_`, `.`, starting with a letter. */
export const TRACE_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9._-]{0,63}$/;
/** "Valid only when trace_type is set to system" (L1605–1615); ignored for data traces (choice 17). */
export const MANAGEMENT_ONLY_TRACE_FILTERS = [
  'service_type',
  'user',
  'resource_name',
  'resource_type',
  'resource_id',
  'trace_id',
  'trace_name',
  'trace_rating',
] as const;
export type ManagementOnlyTraceFilter = (typeof MANAGEMENT_ONLY_TRACE_FILTERS)[number];
