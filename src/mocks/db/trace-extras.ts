import { DATA_TRACE_SOURCES } from '@/api/contract/enums';
import type { MockTraceInput, Trace } from '@/api/contract/types';
import { DEMO_CONSOLE_USER, DEMO_IDENTITIES, OFFICE_IPS, identityIndex } from '@/mocks/db/identities';
import type { Random } from '@/mocks/db/random';
import { createRandom, hex, hex32, mix32 } from '@/mocks/db/random';
import { MANAGEMENT_TRACKER_NAME } from '@/api/rules/trace-query-rules';
import type { TraceKey } from '@/mocks/db/trace-query';
import { isBefore } from '@/mocks/db/trace-query';
import { traceUser } from '@/mocks/db/trace-user';

/** A trace added after generation (control API, or the console's own CTS operations), kept verbatim. */
export interface ExtraTrace {
  /** `system` for management traces, else the data tracker that recorded it. */
  tracker_name: string;
  trace: Trace;
}

/** Input of `store.add`: any subset of a trace's fields, plus the recording tracker for data traces. */
export type TraceInput = MockTraceInput;

/** How an added trace is persisted: the trace, plus `tracker_name` for data traces. */
export type PersistedTrace = Trace & { tracker_name?: string };

export class TraceStoreError extends Error {
  constructor(
    readonly reason: 'unknown_marker' | 'duplicate_trace_id',
    message: string,
  ) {
    super(message);
    this.name = 'TraceStoreError';
  }
}

export function isDataTrace(input: TraceInput): boolean {
  return (input.tracker_name !== undefined && input.tracker_name !== MANAGEMENT_TRACKER_NAME) || DATA_TRACE_SOURCES.some((source) => source === input.trace_type);
}

function ratingOf(code: string): Trace['trace_rating'] {
  const status = Number(code);
  return status >= 500 ? 'incident' : status >= 400 ? 'warning' : 'normal';
}

/** A v1-shaped ID that differs from every generated one in its clock sequence's counter. */
export function extraTraceId(random: Random): string {
  return `${hex(random, 8)}-${hex(random, 4)}-1${hex(random, 3)}-${'89ab'[Math.floor(random() * 4)] ?? '8'}${hex(random, 3)}-${hex(random, 12)}`;
}

/**
 * Fills what the caller left out; keeps every given field verbatim. `time` defaults to `now`,
 * `record_time` to `time` (≥ time, choice 14), the operator to the console user, the rating to
 * the one `code` implies. The contract requires an operation: when none is given, a management
 * trace is filed under CTS's own `trace` resource type (L3289) as `injectTrace`, a data trace as
 * an OBS `PutObject`.
 */
export function completeTrace(input: TraceInput, now: number, random: Random, defaultDataTracker: string | undefined): ExtraTrace {
  const { tracker_name: trackerName, ...rest } = input;
  // A field given as `undefined` counts as left out.
  const given = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)) as Partial<Trace>;
  const data = isDataTrace(input);
  const time = given.time ?? now;
  const traceType = given.trace_type ?? (data ? 'ObsSDK' : 'ApiCall');
  const identity = DEMO_IDENTITIES[identityIndex(DEMO_CONSOLE_USER)];
  const code = given.code ?? '200';
  const trace: Trace = {
    service_type: data ? 'OBS' : 'CTS',
    resource_type: data ? 'object' : 'trace',
    trace_name: data ? 'PutObject' : 'injectTrace',
    trace_id: extraTraceId(random),
    trace_type: traceType,
    trace_rating: ratingOf(code),
    code,
    time,
    record_time: time,
    request_id: hex(random, 32),
    source_ip: OFFICE_IPS[0],
    enterprise_project_id: '0',
    ...given,
  };
  if (given.user === undefined && identity) {
    trace.user = traceUser(identity, identity.permanentKeys[0], traceType, given.service_type ?? 'CTS', time, random);
  }
  return {
    tracker_name: data ? (trackerName ?? defaultDataTracker ?? '') : MANAGEMENT_TRACKER_NAME,
    trace,
  };
}

export function keyOf(extra: ExtraTrace): TraceKey {
  return { time: extra.trace.time, traceId: extra.trace.trace_id };
}

/** Extras kept in the newest-first order, with an ID lookup. */
export interface ExtraList {
  sorted: ExtraTrace[];
  /** In the order they were added: what is persisted, so that storage can append the new ones. */
  added: ExtraTrace[];
  byId: Map<string, ExtraTrace>;
  random: Random;
}

export function createExtraList(seed: number): ExtraList {
  return { sorted: [], added: [], byId: new Map(), random: createRandom(mix32(seed ^ 0x5eed) ^ Number.parseInt(hex32(Date.now()), 16)) };
}

export function insertExtra(list: ExtraList, extra: ExtraTrace): void {
  const key = keyOf(extra);
  let low = 0;
  let high = list.sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const other = list.sorted[mid];
    if (other && isBefore(keyOf(other), key)) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  list.sorted.splice(low, 0, extra);
  list.added.push(extra);
  list.byId.set(key.traceId, extra);
}
