import type { CatalogService } from '@/api/catalog/catalog-types';
import { TRACE_RATINGS } from '@/api/contract/enums';
import type { Trace } from '@/api/contract/types';
import { DEMO_IDENTITIES, DEMO_REGION, accessKeysOf } from '@/mocks/db/identities';
import type { PlantedSlot } from '@/mocks/db/planted-stories';
import { PLANTED_MIN_VOLUME, plantedSlots } from '@/mocks/db/planted-stories';
import { chance, hashOf, hex, randomFor, reseedableRandom } from '@/mocks/db/random';
import { traceBodies } from '@/mocks/db/trace-bodies';
import { traceIdOf } from '@/mocks/db/trace-ids';
import { newestFirst } from '@/mocks/db/trace-order';
import type { TraceIndex } from '@/mocks/db/trace-index';
import { TRACE_SOURCES } from '@/mocks/db/trace-index';
import type { SlotCodes } from '@/mocks/db/trace-slots';
import { backgroundSlot, dataSlot, lifecycleSlot, ratingOfStatus } from '@/mocks/db/trace-slots';
import { createTimeWarp, timeAt } from '@/mocks/db/trace-time';
import { traceUser } from '@/mocks/db/trace-user';
import type { DataTrackerInput } from '@/mocks/db/trace-world';
import { DEMO_ENTERPRISE_PROJECTS, buildWorld } from '@/mocks/db/trace-world';

export interface GenerateTraceOptions {
  seed: number;
  /** Number of management traces (planted stories included). */
  volume: number;
  /** The end of the generated week: the moment the demo state was created or reset (its anchor). */
  now: number;
  catalog: readonly CatalogService[];
  /** Each data tracker gets data traces on its bucket. */
  dataTrackers: readonly DataTrackerInput[];
  /** Times of the management traces that arrived since (live-traces.ts), oldest first. */
  liveTimes?: Float64Array;
  /** Plant the demo's stories (planted-stories.ts); the archive's older weeks have none. Default true. */
  stories?: boolean;
}

const SLOT_SALT = 1;
const CONTENT_SALT = 2;
const RECORD_SALT = 3;
const API_VERSIONS: Record<string, string> = { ECS: 'v1', IMS: 'v2', CSBS: 'v1', ModelArts: 'v2', CTS: 'v3', AOM: 'v1', VPC: '2.0' };
const CONSOLE_PATHS: Record<string, string> = { ECS: 'ecm', IMS: 'ims', CSBS: 'csbs', ModelArts: 'modelarts', CTS: 'cts', AOM: 'aom', VPC: 'vpc' };

/** Data traces per data tracker: 3 % of the management volume, from 30 to 2,000. */
export function dataTraceCount(volume: number): number {
  return Math.min(2_000, Math.max(30, Math.round(volume * 0.03)));
}

export function generateTraceIndex(options: GenerateTraceOptions): TraceIndex {
  const { seed, volume, now } = options;
  const world = buildWorld(options);
  const planted: PlantedSlot[] = options.stories !== false && volume >= PLANTED_MIN_VOLUME ? plantedSlots(world, now) : [];
  const accessKeys = DEMO_IDENTITIES.flatMap(accessKeysOf);
  const keyCodes = new Map(accessKeys.map((key, code) => [key, code]));
  const warp = createTimeWarp(now);
  const perTracker = dataTraceCount(volume);
  const liveTimes = options.liveTimes ?? new Float64Array(0);
  // Ordinals: the week's management traces, its data traces, then those that arrived since.
  const liveStart = volume + perTracker * options.dataTrackers.length;
  const size = liveStart + liveTimes.length;
  const lifecycleEnd = planted.length + world.lifecycle.length;
  const { random, reseed } = reseedableRandom();
  const trackerOf = (k: number): number => (k < volume || k >= liveStart ? 0 : 1 + Math.floor((k - volume) / perTracker));

  // The codes of one trace, drawn from its own seed: the same whenever they are drawn.
  const slotOf = (k: number): SlotCodes => {
    reseed(hashOf(seed, k, SLOT_SALT));
    const plant = planted[k];
    if (plant) {
      return { u: 0, op: plant.op, resource: plant.resource, identity: plant.identity, traceType: plant.traceType, status: plant.status, accessKey: plant.accessKey, tracker: 0 };
    }
    if (k < lifecycleEnd) {
      return lifecycleSlot(world, random, k - planted.length);
    }
    if (k >= liveStart) {
      return backgroundSlot(world, random, 0);
    }
    return k < volume ? backgroundSlot(world, random) : dataSlot(world, random, trackerOf(k));
  };

  // Times first: a background trace's time is the first draw of its seed, a lifecycle trace's is
  // the world's; only data traces (a few thousand) are drawn whole for theirs.
  const timeByOrdinal = new Float64Array(size);
  for (let k = 0; k < size; k += 1) {
    const plant = planted[k];
    if (plant) {
      timeByOrdinal[k] = plant.time;
    } else if (k < lifecycleEnd) {
      timeByOrdinal[k] = timeAt(warp, world.lifecycle[k - planted.length]?.u ?? 0);
    } else if (k < volume) {
      reseed(hashOf(seed, k, SLOT_SALT));
      timeByOrdinal[k] = timeAt(warp, random());
    } else if (k >= liveStart) {
      timeByOrdinal[k] = liveTimes[k - liveStart] ?? 0;
    } else {
      timeByOrdinal[k] = timeAt(warp, slotOf(k).u);
    }
  }

  const order = newestFirst(seed, timeByOrdinal);
  const index: TraceIndex = {
    seed, volume, now, world, accessKeys, planted, size,
    time: new Float64Array(size),
    recordTime: new Float64Array(size),
    ordinal: order,
    positionOfOrdinal: new Int32Array(size),
    tracker: new Uint8Array(size),
    coded: 0,
    codeUpTo: (end) => {
      const stop = Math.min(end, size);
      for (let i = index.coded; i < stop; i += 1) {
        const slot = slotOf(order[i] ?? 0);
        index.op[i] = slot.op;
        index.resource[i] = slot.resource;
        index.identity[i] = slot.identity;
        index.rating[i] = ratingOfStatus(slot.status);
        index.traceType[i] = slot.traceType;
        index.status[i] = slot.status;
        index.accessKey[i] = slot.accessKey === undefined ? -1 : (keyCodes.get(slot.accessKey) ?? -1);
        index.ep[i] = world.resources[slot.resource]?.ep ?? 0;
        index.latestByIdentity[slot.identity] = Math.max(index.latestByIdentity[slot.identity] ?? 0, index.time[i] ?? 0);
      }
      index.coded = Math.max(index.coded, stop);
    },
    op: new Uint16Array(size),
    resource: new Int32Array(size),
    identity: new Uint8Array(size),
    rating: new Uint8Array(size),
    traceType: new Uint8Array(size),
    status: new Uint16Array(size),
    accessKey: new Int16Array(size),
    ep: new Uint8Array(size),
    latestByIdentity: new Float64Array(DEMO_IDENTITIES.length).fill(Number.NEGATIVE_INFINITY),
  };
  for (let i = 0; i < size; i += 1) {
    const k = order[i] ?? 0;
    index.positionOfOrdinal[k] = i;
    index.time[i] = timeByOrdinal[k] ?? 0;
    index.tracker[i] = trackerOf(k);
  }
  // record_time ≥ time and strictly increasing along the order, so ordering by either time or
  // record time gives the same pages (spec-notes choice 14).
  let previous = Number.NEGATIVE_INFINITY;
  for (let i = size - 1; i >= 0; i -= 1) {
    const delay = 40 + (hashOf(seed, index.ordinal[i] ?? 0, RECORD_SALT) % 1800);
    previous = Math.max((index.time[i] ?? 0) + delay, previous + 1);
    index.recordTime[i] = previous;
  }
  return index;
}

/** The full trace at position `i` of the index (newest first). */
export function materialiseTrace(index: TraceIndex, i: number): Trace {
  index.codeUpTo(i + 1);
  const k = index.ordinal[i] ?? 0;
  const world = index.world;
  const op = world.ops[index.op[i] ?? 0];
  const resource = world.resources[index.resource[i] ?? 0];
  const identity = DEMO_IDENTITIES[index.identity[i] ?? 0];
  if (!op || !resource || !identity) {
    throw new Error(`trace ${i} refers to unknown codes`);
  }
  const random = randomFor(index.seed, k, CONTENT_SALT);
  const plant = index.planted[k];
  const status = index.status[i] ?? 200;
  const time = index.time[i] ?? 0;
  const traceType = TRACE_SOURCES[index.traceType[i] ?? 0] ?? 'ApiCall';
  const accessKey = index.accessKeys[index.accessKey[i] ?? -1];
  const bodies = traceBodies(op, resource, status, random);
  if (plant?.request !== undefined) {
    bodies.request = plant.request;
  }
  if (plant?.response !== undefined) {
    bodies.response = plant.response;
  }
  if (plant?.message !== undefined) {
    bodies.message = plant.message;
  }
  const trace: Trace = {
    trace_id: traceIdOf(index.seed, k),
    trace_name: op.trace_name,
    trace_rating: TRACE_RATINGS[index.rating[i] ?? 0] ?? 'normal',
    trace_type: traceType,
    service_type: op.service_type,
    resource_type: op.resource_type,
    resource_id: resource.id,
    resource_name: resource.name,
    ...bodies,
    code: String(status),
    time,
    record_time: index.recordTime[i] ?? time,
    user: traceUser(identity, accessKey, traceType, op.service_type, time, random),
    source_ip: plant?.sourceIp ?? identity.sourceIps[Math.floor(random() * identity.sourceIps.length)],
    enterprise_project_id: DEMO_ENTERPRISE_PROJECTS[index.ep[i] ?? 0],
  };
  const apiVersion = API_VERSIONS[op.service_type];
  if (apiVersion !== undefined) {
    trace.api_version = apiVersion;
  }
  if (chance(random, 0.9)) {
    trace.request_id = hex(random, 32);
  }
  const consolePath = CONSOLE_PATHS[op.service_type];
  // Services often leave the details page out, always for deleted resources.
  if (consolePath && op.verb !== 'delete' && chance(random, 0.7)) {
    trace.endpoint = 'console-intl.huaweicloud.com';
    trace.resource_url = `/${consolePath}/?region=${DEMO_REGION}#/${op.resource_type}/detail?id=${resource.id}`;
  }
  return trace;
}
