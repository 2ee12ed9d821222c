import type { CatalogService } from '@/api/catalog/catalog-types';
import type { Trace } from '@/api/contract/types';
import { MANAGEMENT_TRACKER_NAME, lookedUpTraceId } from '@/api/rules/trace-query-rules';
import { DEMO_IDENTITIES } from '@/mocks/db/identities';
import type { ExtraTrace, PersistedTrace, TraceInput } from '@/mocks/db/trace-extras';
import { TraceStoreError, completeTrace, createExtraList, insertExtra, keyOf } from '@/mocks/db/trace-extras';
import { liveTraceTimes } from '@/mocks/db/live-traces';
import { generateTraceIndex, materialiseTrace } from '@/mocks/db/trace-generator';
import { ordinalOfTraceId, traceIdOf } from '@/mocks/db/trace-ids';
import type { TraceIndex } from '@/mocks/db/trace-index';
import type { TraceKey, TraceQueryResult, TraceStoreQuery } from '@/mocks/db/trace-query';
import { extraMatches, firstOlderThan, isBefore, scanIndex } from '@/mocks/db/trace-query';
import type { DataTrackerInput } from '@/mocks/db/trace-world';

export interface TraceStoreOptions {
  seed: number;
  volume: number;
  /** When the demo state was created or reset: the generated week ends there. */
  anchor: number;
  /** The time now; management traces keep arriving after the anchor as it advances. */
  clock: () => number;
  catalog: readonly CatalogService[];
  dataTrackers: readonly DataTrackerInput[];
}

/** `/resources` item (L3220–3221). */
export interface TraceResourceTypes {
  service_type: string;
  resource: string[];
}

/** A CTS operation the console performed through the mock, recorded as a management trace. */
export interface CtsOperation {
  trace_name: 'createTracker' | 'updateTracker' | 'deleteTracker' | 'createNotification' | 'updateNotification' | 'deleteNotification';
  resource_type: 'tracker' | 'notification';
  resource_id?: string;
  resource_name?: string;
  /** The request body (or query), JSON-encoded into `request` (choice 8). */
  request?: unknown;
  response?: unknown;
  code: number;
}

export interface TraceStore {
  readonly index: TraceIndex;
  /** Adds traces verbatim, filling what is missing; returns their IDs. */
  add(traces: readonly TraceInput[], now: number): string[];
  /** Records one of the console's own tracker/notification operations (service CTS). */
  recordCtsOperation(operation: CtsOperation, now: number): string;
  /** The added traces (to persist), data traces with their `tracker_name`; generated traces are never persisted. */
  extra(): PersistedTrace[];
  restoreExtra(traces: readonly PersistedTrace[]): void;
  /** Throws TraceStoreError('unknown_marker') for an unknown `next` (400 CTS.0300, choice 15). */
  query(query: TraceStoreQuery): TraceQueryResult;
  /** Names of the users who operated after `since` (for /user-resources). */
  users(since: number): string[];
  /** Service → resource types that occur in management traces (/resources, choice 36). */
  resources(): TraceResourceTypes[];
  get(traceId: string): Trace | undefined;
}

/** Resource types CTS always lists (L3289, choice 36). */
const CTS_RESOURCE_TYPES = ['trace', 'notification', 'tracker'];

function positionKey(index: TraceIndex, position: number): TraceKey {
  return { time: index.time[position] ?? 0, traceId: traceIdOf(index.seed, index.ordinal[position] ?? 0) };
}

function resourceTypes(index: TraceIndex, extras: readonly ExtraTrace[]): TraceResourceTypes[] {
  const byService = new Map<string, Set<string>>([['CTS', new Set(CTS_RESOURCE_TYPES)]]);
  const note = (serviceType: string | undefined, resourceType: string | undefined): void => {
    if (serviceType === undefined || resourceType === undefined) {
      return;
    }
    const types = byService.get(serviceType) ?? new Set<string>();
    types.add(resourceType);
    byService.set(serviceType, types);
  };
  const seen = new Uint8Array(index.world.ops.length);
  index.codeUpTo(index.size);
  for (let i = 0; i < index.size; i += 1) {
    if (index.tracker[i] === 0) {
      seen[index.op[i] ?? 0] = 1;
    }
  }
  index.world.ops.forEach((op, code) => {
    if (seen[code] === 1) {
      note(op.service_type, op.resource_type);
    }
  });
  for (const extra of extras) {
    if (extra.tracker_name === MANAGEMENT_TRACKER_NAME) {
      note(extra.trace.service_type, extra.trace.resource_type);
    }
  }
  return [...byService.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([service_type, types]) => ({ service_type, resource: [...types] }));
}

/**
 * How often the traces that arrived since the anchor are brought up to date (a rebuild of the
 * index). CTS itself shows traces minutes after the event; a list that holds still for a few
 * minutes also keeps counts of new traces (auto-refresh) down to what the user did.
 */
export const LIVE_REFRESH_MS = 5 * 60_000;

export function createTraceStore(options: TraceStoreOptions): TraceStore {
  const { seed, volume, anchor, clock } = options;
  const generate = (until: number): { index: TraceIndex; live: number } => {
    const liveTimes = liveTraceTimes(seed, volume, anchor, until);
    return { index: generateTraceIndex({ ...options, now: anchor, liveTimes }), live: liveTimes.length };
  };
  let builtAt = clock();
  let { index, live } = generate(builtAt);
  // Rebuilt only when traces arrived since; the arrays are sorted, so new ones cannot be inserted.
  const refresh = (): void => {
    const now = clock();
    if (now - builtAt < LIVE_REFRESH_MS) {
      return;
    }
    builtAt = now;
    if (liveTraceTimes(seed, volume, anchor, now).length !== live) {
      ({ index, live } = generate(now));
    }
  };
  let extras = createExtraList(options.seed);
  const defaultDataTracker = options.dataTrackers[0]?.tracker_name;

  const indexPosition = (traceId: string): number => {
    const ordinal = ordinalOfTraceId(index.seed, traceId, index.size);
    return ordinal < 0 ? -1 : (index.positionOfOrdinal[ordinal] ?? -1);
  };
  const keyOfId = (traceId: string): TraceKey | undefined => {
    const position = indexPosition(traceId);
    if (position >= 0) {
      return { time: index.time[position] ?? 0, traceId };
    }
    const extra = extras.byId.get(traceId);
    return extra ? keyOf(extra) : undefined;
  };
  const get = (traceId: string): Trace | undefined => {
    const position = indexPosition(traceId);
    return position >= 0 ? materialiseTrace(index, position) : extras.byId.get(traceId)?.trace;
  };
  // All or nothing: every trace is checked before the first is added.
  const add = (traces: readonly TraceInput[], now: number): string[] => {
    refresh();
    const added = traces.map((input) => completeTrace(input, now, extras.random, defaultDataTracker));
    const ids = new Set<string>();
    for (const { trace } of added) {
      if (keyOfId(trace.trace_id) || ids.has(trace.trace_id)) {
        throw new TraceStoreError('duplicate_trace_id', `trace_id ${trace.trace_id} already exists.`);
      }
      ids.add(trace.trace_id);
    }
    for (const extra of added) {
      insertExtra(extras, extra);
    }
    return added.map((extra) => extra.trace.trace_id);
  };

  return {
    get index() {
      refresh();
      return index;
    },
    add,
    recordCtsOperation(operation, now) {
      const [traceId] = add(
        [
          {
            service_type: 'CTS',
            resource_type: operation.resource_type,
            trace_name: operation.trace_name,
            resource_id: operation.resource_id,
            resource_name: operation.resource_name,
            request: operation.request === undefined ? undefined : JSON.stringify(operation.request),
            response: operation.response === undefined ? undefined : JSON.stringify(operation.response),
            code: String(operation.code),
            api_version: 'v3',
          },
        ],
        now,
      );
      return traceId ?? '';
    },
    extra: () =>
      extras.added.map((extra) =>
        extra.tracker_name === MANAGEMENT_TRACKER_NAME ? extra.trace : { ...extra.trace, tracker_name: extra.tracker_name },
      ),
    restoreExtra(traces) {
      extras = createExtraList(options.seed);
      for (const { tracker_name: trackerName, ...trace } of traces) {
        // Saved state is trusted but not blindly: skip what lacks an ID or a time, or collides.
        if (typeof trace.trace_id === 'string' && typeof trace.time === 'number' && !keyOfId(trace.trace_id)) {
          insertExtra(extras, { tracker_name: trackerName ?? MANAGEMENT_TRACKER_NAME, trace });
        }
      }
    },
    query(query) {
      refresh();
      // A looked-up trace ID sets every other criterion and the time window aside (L1611, choice 16).
      const traceId = lookedUpTraceId(query);
      if (traceId !== undefined) {
        const position = indexPosition(traceId);
        const extra = extras.byId.get(traceId);
        const trace =
          position >= 0 && index.tracker[position] === 0
            ? materialiseTrace(index, position)
            : extra?.tracker_name === MANAGEMENT_TRACKER_NAME ? extra.trace : undefined;
        return { traces: trace ? [trace] : [], meta_data: { count: trace ? 1 : 0, marker: null } };
      }
      let after: TraceKey | undefined;
      if (query.next !== undefined) {
        after = keyOfId(query.next);
        if (!after) {
          throw new TraceStoreError('unknown_marker', `unknown marker ${query.next}`);
        }
      }
      // One more than a page tells whether an older matching trace exists (choice 15).
      const need = query.limit + 1;
      const positions = scanIndex(index, query, after, need);
      const matchingExtras: ExtraTrace[] = [];
      for (const extra of extras.sorted) {
        if (matchingExtras.length >= need) {
          break;
        }
        if ((!after || isBefore(after, keyOf(extra))) && extraMatches(extra.trace, extra.tracker_name, query)) {
          matchingExtras.push(extra);
        }
      }
      // Merge the two newest-first lists.
      const page: Trace[] = [];
      let p = 0;
      let e = 0;
      while (page.length < need && (p < positions.length || e < matchingExtras.length)) {
        const position = positions[p];
        const extra = matchingExtras[e];
        if (position !== undefined && (!extra || isBefore(positionKey(index, position), keyOf(extra)))) {
          page.push(materialiseTrace(index, position));
          p += 1;
        } else if (extra) {
          page.push(extra.trace);
          e += 1;
        }
      }
      const more = page.length > query.limit;
      const traces = more ? page.slice(0, query.limit) : page;
      return { traces, meta_data: { count: traces.length, marker: more ? (traces.at(-1)?.trace_id ?? null) : null } };
    },
    users(since) {
      refresh();
      // Positions newer than `since` give each identity's newest time among them.
      index.codeUpTo(firstOlderThan(index.time, since + 1));
      const names = new Set<string>();
      DEMO_IDENTITIES.forEach((identity, code) => {
        if ((index.latestByIdentity[code] ?? Number.NEGATIVE_INFINITY) > since) {
          names.add(identity.name);
        }
      });
      for (const extra of extras.sorted) {
        const name = extra.trace.user?.name;
        if (name !== undefined && extra.trace.time > since) {
          names.add(name);
        }
      }
      return [...names].sort();
    },
    resources: () => {
      refresh();
      return resourceTypes(index, extras.sorted);
    },
    get: (traceId) => {
      refresh();
      return get(traceId);
    },
  };
}
