import { TRACE_RATINGS } from '@/api/contract/enums';
import type { Trace } from '@/api/contract/types';
import { appliedCriteria } from '@/api/rules/trace-query-rules';
import { type NormalisedTraceQuery, matchesCriteria, traceTypeOfTracker } from '@/api/rules/trace-query-check';
import { DEMO_IDENTITIES } from '@/mocks/db/identities';
import { traceIdOf } from '@/mocks/db/trace-ids';
import type { TraceIndex } from '@/mocks/db/trace-index';
import { DEMO_ENTERPRISE_PROJECTS } from '@/mocks/db/trace-world';

/**
 * A traces query, already defaulted and validated by checkTraceQuery (spec-notes 1.3, choices
 * 11–13): `from`/`to` are numbers, `limit` is 1–200.
 */
export type TraceStoreQuery = NormalisedTraceQuery;

export interface TraceQueryResult {
  traces: Trace[];
  meta_data: { count: number; marker: string | null };
}

/** The position of a trace in the newest-first order: (time, trace_id) descending (choice 14). */
export interface TraceKey {
  time: number;
  traceId: string;
}

/** `a` comes before `b` (is newer) in the order. */
export function isBefore(a: TraceKey, b: TraceKey): boolean {
  return a.time > b.time || (a.time === b.time && a.traceId > b.traceId);
}

/** The query's criteria as integer codes of the index. `null` = no constraint. */
interface CompiledQuery {
  trackers: Uint8Array;
  ops: Uint8Array | null;
  resources: Uint8Array | null;
  identities: Uint8Array | null;
  rating: number;
  accessKey: number;
  ep: number;
}

function mask<T>(items: readonly T[], matches: (item: T) => boolean): Uint8Array {
  return Uint8Array.from(items, (item) => (matches(item) ? 1 : 0));
}

function codeOf(values: readonly string[], value: string | undefined): number {
  // −1: no constraint; −2: a value no generated trace has.
  return value === undefined ? -1 : values.indexOf(value) >= 0 ? values.indexOf(value) : -2;
}

/** The criteria CTS applies (see appliedCriteria); a looked-up trace ID is the store's to find. */
function compile(index: TraceIndex, query: TraceStoreQuery): CompiledQuery {
  const { world } = index;
  const criteria = appliedCriteria(query);
  const compiled: CompiledQuery = {
    // No tracker_name for data traces means every data tracker's (choice 18).
    trackers: mask(world.trackers, (name) =>
      traceTypeOfTracker(name) === criteria.trace_type && (criteria.tracker_name === undefined || name === criteria.tracker_name),
    ),
    ops: null,
    resources: null,
    identities: null,
    rating: codeOf(TRACE_RATINGS, criteria.trace_rating),
    accessKey: codeOf(index.accessKeys, criteria.access_key_id),
    ep: codeOf(DEMO_ENTERPRISE_PROJECTS, criteria.enterprise_project_id),
  };
  const { service_type, resource_type, trace_name, resource_name, resource_id, user } = criteria;
  if (service_type !== undefined || resource_type !== undefined || trace_name !== undefined) {
    compiled.ops = mask(world.ops, (op) =>
      (service_type === undefined || op.service_type === service_type) &&
      (resource_type === undefined || op.resource_type === resource_type) &&
      (trace_name === undefined || op.trace_name === trace_name),
    );
  }
  if (resource_name !== undefined || resource_id !== undefined) {
    compiled.resources = mask(world.resources, (resource) =>
      (resource_name === undefined || resource.name === resource_name) && (resource_id === undefined || resource.id === resource_id),
    );
  }
  if (user !== undefined) {
    compiled.identities = mask(DEMO_IDENTITIES, (identity) => identity.name === user);
  }
  return compiled;
}

/** First position whose time is below `time` (the array is sorted descending). */
export function firstOlderThan(times: Float64Array, time: number): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((times[mid] ?? 0) < time) {
      high = mid;
    } else {
      low = mid + 1;
    }
  }
  return low;
}

/** First position strictly after `key` in the order. */
export function positionAfter(index: TraceIndex, key: TraceKey): number {
  let position = firstOlderThan(index.time, key.time + 1);
  while (position < index.size && index.time[position] === key.time && traceIdOf(index.seed, index.ordinal[position] ?? 0) >= key.traceId) {
    position += 1;
  }
  return position;
}

/** Codes are drawn in blocks as a scan reaches them (see TraceIndex.coded). */
const CODE_BLOCK = 2_048;

/**
 * Positions of the index matching the query, newest first, strictly after `after` when given,
 * inside the exclusive window from < time < to (L1599, L1601), at most `need` of them.
 */
export function scanIndex(index: TraceIndex, query: TraceStoreQuery, after: TraceKey | undefined, need: number): number[] {
  const compiled = compile(index, query);
  const found: number[] = [];
  if (compiled.accessKey === -2 || compiled.ep === -2 || compiled.rating === -2) {
    return found;
  }
  let start = firstOlderThan(index.time, query.to);
  if (after) {
    start = Math.max(start, positionAfter(index, after));
  }
  const end = firstOlderThan(index.time, query.from + 1);
  const { trackers, ops, resources, identities, rating, accessKey, ep } = compiled;
  for (let i = start; i < end && found.length < need; i += 1) {
    if (i >= index.coded) {
      index.codeUpTo(Math.min(end, i + CODE_BLOCK));
    }
    if (
      trackers[index.tracker[i] ?? 0] === 1 &&
      (ops === null || ops[index.op[i] ?? 0] === 1) &&
      (resources === null || resources[index.resource[i] ?? 0] === 1) &&
      (identities === null || identities[index.identity[i] ?? 0] === 1) &&
      (rating < 0 || index.rating[i] === rating) &&
      (accessKey < 0 || index.accessKey[i] === accessKey) &&
      (ep < 0 || index.ep[i] === ep)
    ) {
      found.push(i);
    }
  }
  return found;
}

/** Whether an injected trace matches the query (same rules as scanIndex, on the trace itself). */
export function extraMatches(trace: Trace, trackerName: string, query: TraceStoreQuery): boolean {
  return trace.time > query.from && trace.time < query.to && matchesCriteria(trace, trackerName, query);
}
