import type { CatalogService } from '@/api/catalog/catalog-types';
import { MANAGEMENT_TRACKER_NAME } from '@/api/rules/trace-query-rules';
import { HOSTILE_TEXTS } from '@/mocks/db/hostile-text';
import type { Random } from '@/mocks/db/random';
import { chance, createRandom, hashOf, uuidV4 } from '@/mocks/db/random';
import { objectKey, resourceName } from '@/mocks/db/resource-names';

export type Verb = 'create' | 'delete' | 'update' | 'action';

export interface WorldOp {
  service_type: string;
  resource_type: string;
  trace_name: string;
  verb: Verb;
}

/**
 * A resource that traces recur on. Its life is in quantile space (see trace-time.ts): it exists
 * for quantiles u with deathU < u < birthU (u grows with age; birthU > 1 = older than the window,
 * deathU < 0 = still alive).
 */
export interface WorldResource {
  id: string;
  name: string;
  /** Index into DEMO_ENTERPRISE_PROJECTS. */
  ep: number;
  birthU: number;
  deathU: number;
}

export interface ResourcePool {
  service_type: string;
  resource_type: string;
  weight: number;
  /** 0 = the management tracker (`system`), i + 1 = the i-th data tracker. */
  tracker: number;
  createOp: number;
  deleteOp: number;
  otherOps: number[];
  resources: number[];
}

export interface LifecycleSlot {
  op: number;
  resource: number;
  u: number;
}

export interface DataTrackerInput {
  tracker_name: string;
  bucket_name: string;
  /** The tracker's ID, so its CTS traces name the tracker the API lists; random when absent. */
  tracker_id?: string;
}

export interface World {
  ops: WorldOp[];
  resources: WorldResource[];
  pools: ResourcePool[];
  /** Indexes into `pools` of management pools, and their weights. */
  managementPools: number[];
  managementWeights: number[];
  /** Pool of each data tracker's bucket objects, by tracker code − 1. */
  dataPools: number[];
  /** Tracker names by tracker code: `system` first (management traces), then the data trackers. */
  trackers: string[];
  trackerIds: (string | undefined)[];
  buckets: string[];
  lifecycle: LifecycleSlot[];
}

/** `enterprise_project_id` values: "0" is the default enterprise project. */
export const DEMO_ENTERPRISE_PROJECTS: readonly string[] = [
  '0',
  '6c1e8f2a-4b7d-4e3a-9f5c-2d8b0a6e4c71',
  'b83d5f17-0e2c-4a96-8d41-7f3e9c5a2b08',
];
/** The management tracker's ID: seed-world.ts seeds the tracker with it, so its traces name the real tracker. */
export const DEMO_SYSTEM_TRACKER_ID = 'b6a3e5f0-1c2d-4e8f-9a0b-7c6d5e4f3a21';
/** Data traces are OBS object operations (L1641: ObsSDK/ObsAPI). */
export const DATA_TRACE_NAMES = { read: ['GetObject', 'HeadObject'], write: ['PutObject', 'DeleteObject', 'CopyObject'] };

const SERVICE_WEIGHTS: Record<string, number> = { ECS: 4, ModelArts: 2, IMS: 1.5, VPC: 1.5, CSBS: 1.2, AOM: 0.8, CTS: 0.4 };
const WORLD_SALT = 11;

export function verbOf(traceName: string): Verb {
  if (/^create/i.test(traceName)) {
    return 'create';
  }
  if (/^(delete|remove|destroy)/i.test(traceName)) {
    return 'delete';
  }
  if (/^(update|modify|set|change|resize|edit|rename)/i.test(traceName)) {
    return 'update';
  }
  return 'action';
}

export function opCode(world: World, serviceType: string, resourceType: string, traceName: string): number {
  const found = world.ops.findIndex(
    (op) => op.service_type === serviceType && op.resource_type === resourceType && op.trace_name === traceName,
  );
  if (found >= 0) {
    return found;
  }
  world.ops.push({ service_type: serviceType, resource_type: resourceType, trace_name: traceName, verb: verbOf(traceName) });
  return world.ops.length - 1;
}

function pickEp(random: Random): number {
  const draw = random();
  return draw < 0.75 ? 0 : draw < 0.92 ? 1 : 2;
}

function addManagementPool(world: World, service: CatalogService, index: number, poolSize: number, random: Random): void {
  const resourceType = service.resource_types[index];
  if (!resourceType || resourceType.traces.length === 0) {
    return;
  }
  const ops = resourceType.traces.map((trace) =>
    opCode(world, service.service_type, resourceType.resource_type, trace.trace_name),
  );
  const createOp = ops.find((op) => world.ops[op]?.verb === 'create') ?? -1;
  const deleteOp = ops.find((op) => world.ops[op]?.verb === 'delete' && /^delete/i.test(world.ops[op]?.trace_name ?? '')) ?? -1;
  const otherOps = ops.filter((op) => op !== createOp && op !== deleteOp);
  const serviceOps = service.resource_types.reduce((sum, rt) => sum + rt.traces.length, 0);
  const pool: ResourcePool = {
    service_type: service.service_type,
    resource_type: resourceType.resource_type,
    weight: ((SERVICE_WEIGHTS[service.service_type] ?? 1) * ops.length) / serviceOps,
    tracker: 0,
    createOp,
    deleteOp,
    otherOps: otherOps.length > 0 ? otherOps : ops,
    resources: [],
  };
  // Trackers are few and long-lived: the management tracker and the data trackers.
  const names =
    pool.service_type === 'CTS' && pool.resource_type === 'tracker' ? world.trackers : undefined;
  const size = names ? names.length : poolSize;
  for (let n = 0; n < size; n += 1) {
    const stable = names !== undefined || n === 0;
    const bornInWindow = !stable && chance(random, 0.4);
    const birthU = bornInWindow ? 0.05 + random() * 0.9 : 2;
    const deathU = !stable && chance(random, 0.2) ? random() * Math.min(birthU, 1) * 0.9 : -1;
    const generatedId = uuidV4(random);
    const id = names ? (world.trackerIds[n] ?? generatedId) : generatedId;
    world.resources.push({ id, name: names?.[n] ?? resourceName(random, pool.resource_type, n + 1), ep: pickEp(random), birthU, deathU });
    pool.resources.push(world.resources.length - 1);
  }
  world.managementPools.push(world.pools.length);
  world.managementWeights.push(pool.weight);
  world.pools.push(pool);
}

function addDataPool(world: World, tracker: number, poolSize: number, random: Random): void {
  const bucket = world.buckets[tracker - 1] ?? '';
  const pool: ResourcePool = {
    service_type: 'OBS',
    resource_type: 'object',
    weight: 1,
    tracker,
    createOp: -1,
    deleteOp: -1,
    otherOps: [...DATA_TRACE_NAMES.read, ...DATA_TRACE_NAMES.write].map((name) => opCode(world, 'OBS', 'object', name)),
    resources: [],
  };
  for (let n = 0; n < poolSize; n += 1) {
    const key = objectKey(random, n + 1);
    world.resources.push({ id: `${bucket}/${key}`, name: key, ep: 0, birthU: 2, deathU: -1 });
    pool.resources.push(world.resources.length - 1);
  }
  world.dataPools.push(world.pools.length);
  world.pools.push(pool);
}

/** Hostile names go to resources born in the window, so each has at least its creation trace. */
function plantHostileNames(world: World, random: Random): void {
  const pools = world.managementPools
    .map((index) => world.pools[index])
    .filter((pool): pool is ResourcePool => pool !== undefined && pool.createOp >= 0 && pool.resources.length > 2);
  HOSTILE_TEXTS.forEach((text, h) => {
    const pool = pools[(h * 5 + 1) % pools.length];
    const code = pool?.resources[1 + (h % (pool.resources.length - 1))];
    const resource = code === undefined ? undefined : world.resources[code];
    if (resource) {
      resource.name = text;
      resource.birthU = 0.1 + random() * 0.8;
      resource.deathU = -1;
    }
  });
}

/** Creation and deletion traces of resources whose life starts or ends in the window. */
function planLifecycle(world: World, budget: number): void {
  const hostile = new Set(HOSTILE_TEXTS);
  const codes = world.managementPools.flatMap((index) => {
    const pool = world.pools[index];
    return pool ? pool.resources.map((resource) => ({ pool, resource })) : [];
  });
  codes.sort((a, b) => Number(hostile.has(world.resources[b.resource]?.name ?? '')) - Number(hostile.has(world.resources[a.resource]?.name ?? '')));
  for (const { pool, resource: code } of codes) {
    const resource = world.resources[code];
    if (!resource) {
      continue;
    }
    if (resource.birthU <= 1) {
      if (pool.createOp >= 0 && world.lifecycle.length < budget) {
        world.lifecycle.push({ op: pool.createOp, resource: code, u: resource.birthU });
      } else {
        resource.birthU = 2;
      }
    }
    if (resource.deathU >= 0) {
      if (pool.deleteOp >= 0 && world.lifecycle.length < budget) {
        world.lifecycle.push({ op: pool.deleteOp, resource: code, u: resource.deathU });
      } else {
        resource.deathU = -1;
      }
    }
  }
}

export function buildWorld(options: {
  seed: number;
  volume: number;
  catalog: readonly CatalogService[];
  dataTrackers: readonly DataTrackerInput[];
}): World {
  const random = createRandom(hashOf(options.seed, 0, WORLD_SALT));
  const world: World = {
    ops: [],
    resources: [],
    pools: [],
    managementPools: [],
    managementWeights: [],
    dataPools: [],
    trackers: [MANAGEMENT_TRACKER_NAME, ...options.dataTrackers.map((tracker) => tracker.tracker_name)],
    trackerIds: [DEMO_SYSTEM_TRACKER_ID, ...options.dataTrackers.map((tracker) => tracker.tracker_id)],
    buckets: options.dataTrackers.map((tracker) => tracker.bucket_name),
    lifecycle: [],
  };
  const poolSize = Math.max(3, Math.min(40, Math.round(options.volume / 400)));
  for (const service of options.catalog) {
    service.resource_types.forEach((_, index) => addManagementPool(world, service, index, poolSize, random));
  }
  options.dataTrackers.forEach((_, index) => addDataPool(world, index + 1, Math.max(8, poolSize), random));
  plantHostileNames(world, random);
  planLifecycle(world, Math.floor(options.volume * 0.3));
  return world;
}
