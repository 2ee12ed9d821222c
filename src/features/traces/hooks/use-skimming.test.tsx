import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SKIM_SETTLE_MS, type SkimView, useSkimming } from '@/features/traces/hooks/use-skimming';

const SCREEN = 600;
const LIST: SkimView = { offset: 0, viewportHeight: SCREEN, count: 1_000, firstKey: 'newest' };

function renderAt(offset: number, view: Partial<SkimView> = {}) {
  return renderHook((props: SkimView) => useSkimming(props), { initialProps: { ...LIST, ...view, offset } });
}

describe('skimming the trace table', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is not skimming when the table first shows', () => {
    expect(renderAt(4000).result.current.skimming).toBe(false);
  });

  it('is not skimming while the view moves by a screen or less per render', () => {
    const { result, rerender } = renderAt(0);
    for (const offset of [300, 900, 1500]) {
      rerender({ ...LIST, offset });
      expect(result.current.skimming).toBe(false);
    }
  });

  it('skims while the view jumps by more than a screen, and settles once it stays put', () => {
    const { result, rerender } = renderAt(0);
    rerender({ ...LIST, offset: 1600 });
    expect(result.current.skimming).toBe(true);
    act(() => vi.advanceTimersByTime(SKIM_SETTLE_MS - 10));
    rerender({ ...LIST, offset: 3200 });
    expect(result.current.skimming).toBe(true);
    // Each jump restarts the wait: still skimming just before the settle time after the last one.
    act(() => vi.advanceTimersByTime(SKIM_SETTLE_MS - 10));
    expect(result.current.skimming).toBe(true);
    act(() => vi.advanceTimersByTime(10));
    expect(result.current.skimming).toBe(false);
  });

  it('settles at once when the view slows to less than a screen', () => {
    const { result, rerender } = renderAt(0);
    rerender({ ...LIST, offset: 1601 });
    expect(result.current.skimming).toBe(true);
    rerender({ ...LIST, offset: 1700 });
    expect(result.current.skimming).toBe(false);
  });

  it('does not skim a jump the table announced itself', () => {
    const { result, rerender } = renderAt(0);
    act(() => result.current.expectJump());
    rerender({ ...LIST, offset: 400_000 });
    expect(result.current.skimming).toBe(false);
    // Only that one jump: the next large one skims again.
    rerender({ ...LIST, offset: 0 });
    expect(result.current.skimming).toBe(true);
  });

  it('does not skim the jump that follows a shorter list, in the same render or the next', () => {
    const { result, rerender } = renderAt(8000);
    rerender({ ...LIST, count: 40, offset: 8000 });
    rerender({ ...LIST, count: 40, offset: 1000 });
    expect(result.current.skimming).toBe(false);
    rerender({ ...LIST, count: 20, offset: 200 });
    expect(result.current.skimming).toBe(false);
  });

  it('does not skim the jump that follows another list (a new first row)', () => {
    const { result, rerender } = renderAt(8000);
    rerender({ ...LIST, firstKey: 'refreshed', offset: 0 });
    expect(result.current.skimming).toBe(false);
  });

  it('still skims after more rows are loaded at the end of the same list', () => {
    const { result, rerender } = renderAt(0);
    rerender({ ...LIST, count: 1_200 });
    rerender({ ...LIST, count: 1_200, offset: 5000 });
    expect(result.current.skimming).toBe(true);
  });

  it('never skims before the view has a height', () => {
    const { result, rerender } = renderAt(0, { viewportHeight: 0 });
    rerender({ ...LIST, viewportHeight: 0, offset: 10_000 });
    expect(result.current.skimming).toBe(false);
  });
});
