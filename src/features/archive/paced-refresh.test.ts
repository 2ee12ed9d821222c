import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pacedRefresh } from '@/features/archive/paced-refresh';

describe('a refresh paced while rows are read', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs the first ask at once, then folds the asks of an interval into one run at its end', async () => {
    const refresh = vi.fn(async () => true);
    const paced = pacedRefresh(refresh, 1_000);
    paced.request();
    expect(refresh).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(100);
    paced.request();
    paced.request();
    paced.request();
    expect(refresh).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(900);
    expect(refresh).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it('never runs two at once: an ask during a slow run waits for it to end', async () => {
    let finish: () => void = () => undefined;
    const refresh = vi.fn(() => new Promise<boolean>((resolve) => (finish = () => resolve(true))));
    const paced = pacedRefresh(refresh, 100);
    paced.request();
    paced.request();
    await vi.advanceTimersByTimeAsync(500);
    expect(refresh).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it('runs the next ask at once after a run that found nothing to show', async () => {
    const refresh = vi.fn<() => Promise<boolean>>().mockResolvedValueOnce(false).mockResolvedValue(true);
    const paced = pacedRefresh(refresh, 1_000);
    paced.request();
    await vi.advanceTimersByTimeAsync(10);
    paced.request();
    expect(refresh).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(10);
    paced.request();
    expect(refresh).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(refresh).toHaveBeenCalledTimes(3);
  });

  it('goes on after a failed run, and starts nothing once stopped', async () => {
    const refresh = vi.fn<() => Promise<boolean>>().mockRejectedValueOnce(new Error('busy')).mockResolvedValue(true);
    const paced = pacedRefresh(refresh, 100);
    paced.request();
    await vi.advanceTimersByTimeAsync(0);
    paced.request();
    await vi.advanceTimersByTimeAsync(100);
    expect(refresh).toHaveBeenCalledTimes(2);
    paced.request();
    paced.stop();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(refresh).toHaveBeenCalledTimes(2);
  });
});
