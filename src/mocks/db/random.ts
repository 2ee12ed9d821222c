/**
 * Seeded randomness for the mock's generated world. Everything derives from integers, so a trace
 * can be rebuilt from (seed, ordinal) alone without replaying a stream.
 */

/** A random source: returns floats in [0, 1). */
export type Random = () => number;

/** splitmix32-style finaliser: a well-mixed 32-bit hash of one integer. */
export function mix32(value: number): number {
  let z = (value + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** Hash of (seed, index, salt): the per-item seed for everything derived from one item. */
export function hashOf(seed: number, index: number, salt = 0): number {
  return mix32(mix32(mix32(seed >>> 0) ^ (index >>> 0)) ^ Math.imul(salt + 1, 0x27d4eb2d));
}

/** mulberry32: a small, fast, good-enough PRNG. */
export function createRandom(seed: number): Random {
  return reseedableRandom(seed).random;
}

/**
 * One random source that can be given a new seed: `reseed(hashOf(seed, k, salt))` then draws what
 * `randomFor(seed, k, salt)` would, without a new closure for each of 100,000 items.
 */
export function reseedableRandom(seed = 0): { random: Random; reseed: (seed: number) => void } {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    random,
    reseed: (next) => {
      state = next >>> 0;
    },
  };
}

/** The random source of one item, independent of every other item. */
export function randomFor(seed: number, index: number, salt = 0): Random {
  return createRandom(hashOf(seed, index, salt));
}

/** Integer in [min, max], both inclusive. */
export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function chance(random: Random, probability: number): boolean {
  return random() < probability;
}

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) {
    throw new Error('pick from an empty list');
  }
  return item;
}

/** The sum of `weights`: worth computing once for weights drawn from 100,000 times. */
export function totalWeight(weights: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < weights.length; i += 1) {
    total += weights[i] ?? 0;
  }
  return total;
}

/** Index into `weights`, chosen with probability proportional to its weight. */
export function weightedIndex(random: Random, weights: readonly number[], total = totalWeight(weights)): number {
  let target = random() * total;
  for (let i = 0; i < weights.length; i += 1) {
    target -= weights[i] ?? 0;
    if (target < 0) {
      return i;
    }
  }
  return weights.length - 1;
}

/** `length` lowercase hex digits. */
export function hex(random: Random, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 1) {
    out += Math.floor(random() * 16).toString(16);
  }
  return out;
}

/** Fixed-width lowercase hex of an unsigned 32-bit value. */
export function hex32(value: number, width = 8): string {
  return (value >>> 0).toString(16).padStart(8, '0').slice(8 - width);
}

/** A v4-shaped UUID. */
export function uuidV4(random: Random): string {
  const variant = '89ab'[Math.floor(random() * 4)] ?? '8';
  return `${hex(random, 8)}-${hex(random, 4)}-4${hex(random, 3)}-${variant}${hex(random, 3)}-${hex(random, 12)}`;
}
