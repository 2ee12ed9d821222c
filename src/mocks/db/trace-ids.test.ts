import { describe, expect, it } from 'vitest';
import { ordinalOfTraceId, traceIdOf } from '@/mocks/db/trace-ids';

describe('trace IDs', () => {
  it('are version-1 shaped, unique, and lead back to their ordinal', () => {
    const ids = Array.from({ length: 20_000 }, (_, ordinal) => traceIdOf(5, ordinal));
    expect(new Set(ids).size).toBe(ids.length);
    ids.forEach((id, ordinal) => {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-1[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      if (ordinal % 997 === 0) {
        expect(ordinalOfTraceId(5, id, ids.length)).toBe(ordinal);
      }
    });
  });

  it('reject IDs of other seeds, out of range ordinals and foreign IDs', () => {
    expect(ordinalOfTraceId(6, traceIdOf(5, 10), 100)).toBe(-1);
    expect(ordinalOfTraceId(5, traceIdOf(5, 150), 100)).toBe(-1);
    expect(ordinalOfTraceId(5, 'e001ccb8-bc09-11e6-b2cc-2640a43cc6e8', 100)).toBe(-1);
    expect(ordinalOfTraceId(5, 'not-an-id', 100)).toBe(-1);
  });
});
