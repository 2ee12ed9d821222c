import { DEMO_IDENTITIES } from '@/mocks/db/identities';
import type { Random } from '@/mocks/db/random';
import { chance, pick, totalWeight, weightedIndex } from '@/mocks/db/random';
import type { Verb, World } from '@/mocks/db/trace-world';

/** The index codes of one generated trace, before sorting. */
export interface SlotCodes {
  u: number;
  op: number;
  resource: number;
  identity: number;
  traceType: number;
  status: number;
  accessKey: string | undefined;
  tracker: number;
}

const IDENTITY_WEIGHTS = DEMO_IDENTITIES.map((identity) => identity.weight);
const IDENTITY_TOTAL = totalWeight(IDENTITY_WEIGHTS);
const TRACE_TYPE_TOTALS = DEMO_IDENTITIES.map((identity) => totalWeight(identity.traceTypes));
/** Identities that hold keys for OBS SDK/API calls: data traces come from them. */
const DATA_IDENTITIES = DEMO_IDENTITIES.flatMap((identity, index) =>
  identity.permanentKeys.length > 0 || (identity.type !== 'User' && identity.sessionKeys.length > 0) ? [index] : [],
);

const SUCCESS: Record<Verb, readonly number[]> = {
  create: [200, 200, 201, 202],
  delete: [200, 202, 204],
  update: [200],
  action: [200, 200, 202],
};

/** Mostly normal; some warning (4xx) and few incident (5xx), consistent with `code`. */
function drawStatus(random: Random, verb: Verb, canFail: boolean): number {
  const draw = random();
  if (canFail && draw < 0.01) {
    return pick(random, [500, 500, 503]);
  }
  if (canFail && draw < 0.075) {
    return pick(random, [400, 403, 403, 404, 409]);
  }
  return pick(random, SUCCESS[verb]);
}

export function ratingOfStatus(status: number): number {
  return status >= 500 ? 2 : status >= 400 ? 1 : 0;
}

function accessKeyFor(random: Random, identityCode: number, traceType: number): string | undefined {
  const identity = DEMO_IDENTITIES[identityCode];
  if (!identity) {
    return undefined;
  }
  // API calls sign with a permanent key when the identity has one; consoles and sessions use
  // temporary keys (L1673: "temporary access credentials and permanent access keys").
  const keys = traceType === 0 || traceType >= 3
    ? identity.permanentKeys.length > 0 ? identity.permanentKeys : identity.sessionKeys
    : identity.sessionKeys;
  return keys.length > 0 ? pick(random, keys) : undefined;
}

function aliveAt(world: World, code: number, u: number): boolean {
  const resource = world.resources[code];
  return resource !== undefined && u < resource.birthU && u > resource.deathU;
}

function drawIdentity(random: Random): { identity: number; traceType: number } {
  const identity = weightedIndex(random, IDENTITY_WEIGHTS, IDENTITY_TOTAL);
  const weights = DEMO_IDENTITIES[identity]?.traceTypes ?? [1, 0, 0];
  return { identity, traceType: weightedIndex(random, weights, TRACE_TYPE_TOTALS[identity]) };
}

// A world is complete before its first trace is drawn: its weights' sum is computed once.
const managementTotals = new WeakMap<World, number>();

function managementTotal(world: World): number {
  let total = managementTotals.get(world);
  if (total === undefined) {
    total = totalWeight(world.managementWeights);
    managementTotals.set(world, total);
  }
  return total;
}

/**
 * A background management trace: an operation on a resource that exists at that moment. A trace
 * newer than the generated week (`at` = 0, the week's newest quantile) still draws its quantile,
 * so that the draws after it are the same.
 */
export function backgroundSlot(world: World, random: Random, at?: number): SlotCodes {
  const drawn = random();
  const u = at ?? drawn;
  const pool = world.pools[world.managementPools[weightedIndex(random, world.managementWeights, managementTotal(world))] ?? 0];
  if (!pool) {
    throw new Error('the catalog has no resource type with trace names');
  }
  let resource = pool.resources[0] ?? 0;
  for (let attempt = 0; attempt < 4; attempt += 1) {
    const candidate = pick(random, pool.resources);
    if (aliveAt(world, candidate, u)) {
      resource = candidate;
      break;
    }
  }
  const op = pick(random, pool.otherOps);
  const { identity, traceType } = drawIdentity(random);
  const status = drawStatus(random, world.ops[op]?.verb ?? 'action', true);
  return { u, op, resource, identity, traceType, status, accessKey: accessKeyFor(random, identity, traceType), tracker: 0 };
}

/** The creation or deletion of a resource whose life starts or ends in the window. */
export function lifecycleSlot(world: World, random: Random, index: number): SlotCodes {
  const slot = world.lifecycle[index];
  if (!slot) {
    throw new Error(`no lifecycle slot ${index}`);
  }
  let drawn = drawIdentity(random);
  while (drawn.traceType === 2 && chance(random, 0.8)) {
    drawn = drawIdentity(random);
  }
  const { identity, traceType } = drawn;
  const status = drawStatus(random, world.ops[slot.op]?.verb ?? 'action', false);
  return { u: slot.u, op: slot.op, resource: slot.resource, identity, traceType, status, accessKey: accessKeyFor(random, identity, traceType), tracker: 0 };
}

/** A data trace: an object read or write in a tracked bucket. */
export function dataSlot(world: World, random: Random, tracker: number): SlotCodes {
  const pool = world.pools[world.dataPools[tracker - 1] ?? -1];
  if (!pool) {
    throw new Error(`no data pool for tracker ${tracker}`);
  }
  const op = chance(random, 0.6) ? pick(random, pool.otherOps.slice(0, 2)) : pick(random, pool.otherOps.slice(2));
  const identity = pick(random, DATA_IDENTITIES);
  const traceType = chance(random, 0.5) ? 3 : 4;
  const draw = random();
  const verb = world.ops[op]?.verb ?? 'action';
  const status = draw < 0.006 ? 503 : draw < 0.05 ? pick(random, [403, 404]) : verb === 'delete' ? 204 : 200;
  return {
    u: random(),
    op,
    resource: pick(random, pool.resources),
    identity,
    traceType,
    status,
    accessKey: accessKeyFor(random, identity, traceType),
    tracker,
  };
}
