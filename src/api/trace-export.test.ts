import { describe, expect, it } from 'vitest';
import type { Trace } from '@/api/contract/types';
import { collectTraces } from '@/api/trace-export';
import { withTraces } from '@/mocks/testing/scenarios';

const MINUTE = 60_000;

function injectProbes(count: number): void {
  const now = Date.now();
  withTraces(
    Array.from({ length: count }, (_, i) => ({
      trace_id: `export-probe-${String(i).padStart(4, '0')}`,
      trace_name: 'exportProbe',
      service_type: 'CTS',
      resource_type: 'tracker',
      time: now - (i + 1) * MINUTE,
    })),
    now,
  );
}

const FILTERS = { trace_type: 'system', trace_name: 'exportProbe', from: Date.now() - 7 * 24 * 60 * MINUTE + MINUTE, to: Date.now() + MINUTE } as const;

describe('collectTraces', () => {
  it('pages through every matching trace with next = marker, reporting progress', async () => {
    injectProbes(450);
    const progress: number[] = [];
    const { traces, truncated } = await collectTraces(FILTERS, { cap: 5000, onProgress: (loaded) => progress.push(loaded) });
    expect(traces).toHaveLength(450);
    expect(new Set(traces.map((trace: Trace) => trace.trace_id)).size).toBe(450);
    expect(truncated).toBe(false);
    expect(progress).toEqual([200, 400, 450]);
  });

  it('stops at the cap and says the cap cut it short', async () => {
    injectProbes(450);
    const { traces, truncated } = await collectTraces(FILTERS, { cap: 250 });
    expect(traces).toHaveLength(250);
    expect(truncated).toBe(true);
  });

  it('is not truncated when the matches fill the cap exactly', async () => {
    injectProbes(200);
    expect(await collectTraces(FILTERS, { cap: 200 })).toMatchObject({ truncated: false });
  });

  it('stops when cancelled', async () => {
    injectProbes(450);
    const controller = new AbortController();
    const run = collectTraces(FILTERS, { cap: 5000, signal: controller.signal, onProgress: () => controller.abort() });
    await expect(run).rejects.toThrow();
  });
});
