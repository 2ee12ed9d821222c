import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SKIM_SETTLE_MS, useSkimming } from '@/features/traces/hooks/use-skimming';

const SCREEN = 600;

function renderAt(offset: number) {
  return renderHook(({ at }) => useSkimming(at, SCREEN), { initialProps: { at: offset } });
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
    for (const at of [300, 900, 1500]) {
      rerender({ at });
      expect(result.current.skimming).toBe(false);
    }
  });

  it('skims while the view jumps by more than a screen, and settles once it stays put', () => {
    const { result, rerender } = renderAt(0);
    rerender({ at: 1600 });
    expect(result.current.skimming).toBe(true);
    act(() => vi.advanceTimersByTime(SKIM_SETTLE_MS - 10));
    rerender({ at: 3200 });
    expect(result.current.skimming).toBe(true);
    // Each jump restarts the wait: still skimming just before the settle time after the last one.
    act(() => vi.advanceTimersByTime(SKIM_SETTLE_MS - 10));
    expect(result.current.skimming).toBe(true);
    act(() => vi.advanceTimersByTime(10));
    expect(result.current.skimming).toBe(false);
  });

  it('settles at once when the view slows to less than a screen', () => {
    const { result, rerender } = renderAt(0);
    rerender({ at: 1601 });
    expect(result.current.skimming).toBe(true);
    rerender({ at: 1700 });
    expect(result.current.skimming).toBe(false);
  });

  it('does not skim a jump the table announced itself', () => {
    const { result, rerender } = renderAt(0);
    act(() => result.current.expectJump());
    rerender({ at: 400_000 });
    expect(result.current.skimming).toBe(false);
    // Only that one jump: the next large one skims again.
    rerender({ at: 0 });
    expect(result.current.skimming).toBe(true);
  });

  it('never skims before the view has a height', () => {
    const { result, rerender } = renderHook(({ at }) => useSkimming(at, 0), { initialProps: { at: 0 } });
    rerender({ at: 10_000 });
    expect(result.current.skimming).toBe(false);
  });
});
