import { describe, expect, it } from 'vitest';
import { createRandom, hashOf, intBetween, randomFor, reseedableRandom, uuidV4, weightedIndex } from '@/mocks/db/random';

/** The value, failing the test when it is missing. */
function must<T>(value: T | null | undefined): T {
  if (value === undefined || value === null) {
    throw new Error('expected a value');
  }
  return value;
}

describe('seeded randomness', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = createRandom(1);
    const b = createRandom(1);
    const c = createRandom(2);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
    expect(first.every((value) => value >= 0 && value < 1)).toBe(true);
  });

  it('derives independent per-item sources from (seed, index)', () => {
    expect(randomFor(3, 7)()).toBe(randomFor(3, 7)());
    expect(randomFor(3, 7)()).not.toBe(randomFor(3, 8)());
    expect(hashOf(3, 7, 1)).not.toBe(hashOf(3, 7, 2));
  });

  it('re-seeded, one source draws exactly what a fresh per-item source would', () => {
    const { random, reseed } = reseedableRandom();
    for (const index of [0, 1, 99_999]) {
      const fresh = randomFor(5, index, 1);
      reseed(hashOf(5, index, 1));
      expect(Array.from({ length: 6 }, () => random())).toEqual(Array.from({ length: 6 }, () => fresh()));
    }
  });

  it('draws in range and by weight', () => {
    const random = createRandom(9);
    const counts = [0, 0, 0];
    for (let i = 0; i < 10_000; i += 1) {
      const value = intBetween(random, 2, 4);
      expect(value).toBeGreaterThanOrEqual(2);
      expect(value).toBeLessThanOrEqual(4);
      const drawn = weightedIndex(random, [1, 0, 3]);
      counts[drawn] = (counts[drawn] ?? 0) + 1;
    }
    expect(counts[1]).toBe(0);
    expect(must(counts[2]) / must(counts[0])).toBeGreaterThan(2.5);
    expect(uuidV4(random)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
