/**
 * The trace query rules the first screen needs, without zod. `src/api/rules/trace-query-rules.ts`
 * defines them next to its zod schemas, and importing it pulls zod (~23 kB gzip) into the first
 * screen (budget 200 kB); `trace-query-limits.test.ts` checks every value here against that module,
 * so the two cannot drift. The lazily loaded filter panel uses the rules module directly.
 */
export const TRACE_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;
export const MIN_TRACE_LIMIT = 1;
export const MAX_TRACE_LIMIT = 200;
export const TRACE_TIMESTAMP_PATTERN = /^\d{13}$/;
export const TRACE_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9._-]{0,63}$/;
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
