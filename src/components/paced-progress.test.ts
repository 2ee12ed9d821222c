import { afterEach, describe, expect, it, vi } from 'vitest';
import { pacedProgress } from '@/components/paced-progress';

afterEach(() => {
  vi.useRealTimers();
});

describe('paced progress', () => {
  it('draws the newest progress once per interval, and nothing once stopped', () => {
    vi.useFakeTimers();
    const draw = vi.fn();
    const progress = pacedProgress<number>(draw, 100);
    progress.report(1);
    progress.report(2);
    expect(draw).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(draw.mock.calls).toEqual([[2]]);
    progress.report(3);
    progress.stop();
    vi.advanceTimersByTime(500);
    expect(draw.mock.calls).toEqual([[2]]);
    expect(progress.latest).toBe(3);
  });
});
