import type { Trace } from '@/api/contract/types';
import { DEMO_IDENTITIES } from '@/mocks/db/identities';
import { traceIdOf } from '@/mocks/db/trace-ids';
import type { TraceIndex } from '@/mocks/db/trace-index';
import { TRACE_RATINGS } from '@/mocks/db/trace-index';
import { DEMO_ENTERPRISE_PROJECTS } from '@/mocks/db/trace-world';

/**
 * A traces query, already defaulted and validated by src/api/rules/trace-query-rules.ts
 * (spec-notes 1.3, choices 11–13): `from`/`to` are numbers, `limit` is 1–200.
 */
export interface TraceStoreQuery {
  trace_type: 'system' | 'data';
  from: number;
  to: number;
  limit: number;
  next?: string;
  tracker_name?: string;
  service_type?: string;
  user?: string;
  resource_name?: string;
  resource_type?: string;
  resource_id?: string;
  trace_id?: string;
  trace_name?: string;
  trace_rating?: string;
  access_key_id?: string;
  enterprise_project_id?: string;
}

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

/** Management traces are recorded by the management tracker, named `system` (L1602). */
export const SYSTEM_TRACKER_NAME = 'system';

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

function compile(index: TraceIndex, query: TraceStoreQuery): CompiledQuery {
  const { world } = index;
  const data = query.trace_type === 'data';
  const compiled: CompiledQuery = {
    trackers: mask(world.trackers, (name) =>
      data
        ? name !== SYSTEM_TRACKER_NAME && (query.tracker_name === undefined || name === query.tracker_name)
        : name === SYSTEM_TRACKER_NAME && (query.tracker_name === undefined || name === query.tracker_name),
    ),
    ops: null,
    resources: null,
    identities: null,
    rating: -1,
    accessKey: codeOf(index.accessKeys, query.access_key_id),
    ep: codeOf(DEMO_ENTERPRISE_PROJECTS, query.enterprise_project_id),
  };
  // The management-only filters are ignored for data traces (L1605–1615, choice 17); the
  // tracker of a data trace is its own (choice 18: no tracker_name = all data trackers).
  if (data) {
    return compiled;
  }
  if (query.service_type !== undefined || query.resource_type !== undefined || query.trace_name !== undefined) {
    compiled.ops = mask(world.ops, (op) =>
      (query.service_type === undefined || op.service_type === query.service_type) &&
      (query.resource_type === undefined || op.resource_type === query.resource_type) &&
      (query.trace_name === undefined || op.trace_name === query.trace_name),
    );
  }
  if (query.resource_name !== undefined || query.resource_id !== undefined) {
    compiled.resources = mask(world.resources, (resource) =>
      (query.resource_name === undefined || resource.name === query.resource_name) &&
      (query.resource_id === undefined || resource.id === query.resource_id),
    );
  }
  if (query.user !== undefined) {
    compiled.identities = mask(DEMO_IDENTITIES, (identity) => identity.name === query.user);
  }
  compiled.rating = codeOf(TRACE_RATINGS, query.trace_rating);
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
  const time = trace.time;
  if (!(time > query.from && time < query.to)) {
    return false;
  }
  if (query.access_key_id !== undefined && trace.user?.access_key_id !== query.access_key_id) {
    return false;
  }
  if (query.enterprise_project_id !== undefined && trace.enterprise_project_id !== query.enterprise_project_id) {
    return false;
  }
  if (query.trace_type === 'data') {
    return trackerName !== SYSTEM_TRACKER_NAME && (query.tracker_name === undefined || trackerName === query.tracker_name);
  }
  return (
    trackerName === SYSTEM_TRACKER_NAME &&
    (query.tracker_name === undefined || query.tracker_name === SYSTEM_TRACKER_NAME) &&
    (query.service_type === undefined || trace.service_type === query.service_type) &&
    (query.resource_type === undefined || trace.resource_type === query.resource_type) &&
    (query.trace_name === undefined || trace.trace_name === query.trace_name) &&
    (query.resource_name === undefined || trace.resource_name === query.resource_name) &&
    (query.resource_id === undefined || trace.resource_id === query.resource_id) &&
    (query.user === undefined || trace.user?.name === query.user) &&
    (query.trace_rating === undefined || trace.trace_rating === query.trace_rating)
  );
}
