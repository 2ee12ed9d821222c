import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/api/errors';
import { createQueryClient, shouldRetryQuery } from '@/app/query-client';

const apiError = (status: number) =>
  new ApiError({ status, code: 'CTS.0000', message: 'failed', requestId: null, operation: null });

describe('query retries', () => {
  it('retries network failures and server errors, at most twice', () => {
    expect(shouldRetryQuery(0, apiError(0))).toBe(true);
    expect(shouldRetryQuery(1, apiError(503))).toBe(true);
    expect(shouldRetryQuery(2, apiError(500))).toBe(false);
  });

  it('never retries what CTS refused (4xx) or errors of the console itself', () => {
    for (const status of [400, 401, 403, 404]) {
      expect(shouldRetryQuery(0, apiError(status))).toBe(false);
    }
    expect(shouldRetryQuery(0, new TypeError('x is undefined'))).toBe(false);
  });
});

describe('query client', () => {
  it('reports a 401 of a query, and nothing else', async () => {
    const onUnauthorized = vi.fn();
    const client = createQueryClient({ onUnauthorized });
    client.setDefaultOptions({ queries: { retry: false } });

    await client.fetchQuery({ queryKey: ['forbidden'], queryFn: () => Promise.reject(apiError(403)) }).catch(() => null);
    expect(onUnauthorized).not.toHaveBeenCalled();
    await client.fetchQuery({ queryKey: ['unauthorized'], queryFn: () => Promise.reject(apiError(401)) }).catch(() => null);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('keeps answers fresh for 30 s, does not refetch on focus, and never retries mutations', () => {
    const defaults = createQueryClient({ onUnauthorized: () => undefined }).getDefaultOptions();
    expect(defaults.queries?.staleTime).toBe(30_000);
    expect(defaults.queries?.refetchOnWindowFocus).toBe(false);
    expect(defaults.mutations?.retry).toBe(0);
  });
});
