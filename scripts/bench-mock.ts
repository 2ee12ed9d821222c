import { setupServer } from 'msw/node';
import { MockDb } from '@/mocks/db/mock-db';
import { createCtsHandlers } from '@/mocks/cts-handlers';

/**
 * Median time for the mock to answer a filtered trace query over `volume` management traces,
 * through its real handlers (gateway, validation, query, JSON), as a client sees it.
 */
export async function benchMockTraceQuery(volume: number, runs: number): Promise<number> {
  const db = new MockDb({ volume });
  const server = setupServer(...createCtsHandlers(db));
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const now = Date.now();
    const query = new URLSearchParams({
      trace_type: 'system',
      service_type: 'ECS',
      trace_rating: 'warning',
      from: String(now - 7 * 86_400_000),
      to: String(now),
      limit: '50',
    });
    const times: number[] = [];
    for (let run = 0; run < runs + 3; run += 1) {
      const started = performance.now();
      const response = await fetch(`http://mock.local/v3/bench/traces?${query.toString()}`, { headers: { 'X-Auth-Token': 'bench' } });
      const body = (await response.json()) as { traces: unknown[] };
      if (!response.ok || body.traces.length === 0) {
        throw new Error(`The benchmark query failed or matched nothing (HTTP ${response.status}).`);
      }
      // The first runs warm the JIT; they are not counted.
      if (run >= 3) {
        times.push(performance.now() - started);
      }
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)] ?? 0;
  } finally {
    server.close();
  }
}
