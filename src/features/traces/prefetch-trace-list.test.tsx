import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/app/query-client';
import { prefetchTraceList } from '@/features/traces/prefetch-trace-list';
import { recordRequests } from '@/mocks/testing/scenarios';
import { renderApp } from '@/testing/render-app';

const listTracesRequests = () => recordRequests((request) => /\/v3\/[^/]+\/traces$/.test(new URL(request.url).pathname));

beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1400);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('the first page of traces, asked for at start', () => {
  it('is the page the trace list shows: the screen sends no second request', { timeout: 30_000 }, async () => {
    const traceRequests = listTracesRequests();
    const queryClient = createQueryClient({ onUnauthorized: () => undefined });
    await prefetchTraceList(queryClient, '?range=1d&service_type=CTS');
    expect(traceRequests).toHaveLength(1);
    expect(new URL(traceRequests[0]?.url ?? '').searchParams.get('service_type')).toBe('CTS');

    renderApp({ path: '/traces?range=1d&service_type=CTS', queryClient });
    const table = await screen.findByRole('table', { name: 'Traces' }, { timeout: 10_000 });
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(1);
    expect(traceRequests).toHaveLength(1);
  });

  it('is not asked for when the link is malformed (the screen rewrites it first)', async () => {
    const traceRequests = listTracesRequests();
    const queryClient = createQueryClient({ onUnauthorized: () => undefined });
    await prefetchTraceList(queryClient, '?range=5y');
    expect(traceRequests).toHaveLength(0);
  });
});
