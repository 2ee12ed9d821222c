import type { TraceFilters } from '@/api/traces';
import type { PreviewRule } from '@/features/notifications/preview/preview-matching';

/** CTS keeps seven days of traces (L1580): the preview looks no further back. */
export const PREVIEW_WINDOW_MS = 7 * 24 * 3_600_000;
export const PREVIEW_BOUNDS = [1_000, 5_000, 20_000, 50_000] as const;
/**
 * Enough for the whole week of the demo (about 10,000 management traces, and those arriving since)
 * and of a small account; a larger one is read newest first up to the bound, and the scope says so.
 * Read 200 a page, one page at a time, cancellable at any page.
 */
export const DEFAULT_PREVIEW_BOUND = 20_000;
/** Up to this many trace names, one query each beats scanning everything. */
export const MAX_NARROWED_QUERIES = 10;
/** The API's largest page (L1610). */
export const PAGE_LIMIT = 200;

export type PreviewQuery = Omit<TraceFilters, 'limit'>;

export interface PreviewPlan {
  /** `narrowed`: one query per chosen trace name; `scan`: the newest traces, filtered locally. */
  kind: 'narrowed' | 'scan';
  queries: PreviewQuery[];
  /** At most this many traces are read, over all queries. */
  bound: number;
  from: number;
  to: number;
}

/**
 * Criteria the API can apply itself without losing a match: a single user, and `=` rules on the
 * fields the traces query also filters on (L1605–1615), when every rule must hold (AND, or one rule).
 */
export function pushedDownFilters(rule: PreviewRule): PreviewQuery {
  const query: PreviewQuery = {};
  if (rule.users.length === 1) {
    query.user = rule.users[0];
  }
  const filter = rule.filter;
  if (filter && (filter.condition === 'AND' || filter.rules.length === 1)) {
    for (const item of filter.rules) {
      if (item.operator !== '=') {
        continue;
      }
      if (item.field === 'trace_rating' && (item.value === 'normal' || item.value === 'warning' || item.value === 'incident')) {
        query.trace_rating ??= item.value;
      } else if (item.field === 'resource_id' || item.field === 'resource_name') {
        query[item.field] ??= item.value;
      }
    }
  }
  return query;
}

function sharedValue(values: readonly string[]): string | undefined {
  const distinct = new Set(values);
  return distinct.size === 1 ? values[0] : undefined;
}

export function planPreview(rule: PreviewRule, options: { now: number; bound: number }): PreviewPlan {
  const from = options.now - PREVIEW_WINDOW_MS;
  const base: PreviewQuery = { trace_type: 'system', from, to: options.now, ...pushedDownFilters(rule) };
  const plan = { bound: options.bound, from, to: options.now };
  const { operations } = rule;
  if (rule.operationType === 'customized' && operations.length > 0 && operations.length <= MAX_NARROWED_QUERIES) {
    return {
      ...plan,
      kind: 'narrowed',
      queries: operations.map((choice) => ({
        ...base,
        service_type: choice.service_type,
        resource_type: choice.resource_type,
        trace_name: choice.trace_name,
      })),
    };
  }
  const query: PreviewQuery = { ...base };
  if (rule.operationType === 'customized') {
    const service = sharedValue(operations.map((choice) => choice.service_type));
    const resourceType = sharedValue(operations.map((choice) => `${choice.service_type}\u0000${choice.resource_type}`));
    if (service !== undefined) {
      query.service_type = service;
      if (resourceType !== undefined) {
        query.resource_type = operations[0]?.resource_type;
      }
    }
  }
  return { ...plan, kind: 'scan', queries: [query] };
}
