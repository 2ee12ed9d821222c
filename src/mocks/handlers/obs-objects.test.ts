import { afterEach, expect, it, vi } from 'vitest';
import { MockDb } from '@/mocks/db/mock-db';

const ARCHIVE_MODULE = '@/mocks/archive/mock-archive';

afterEach(() => {
  vi.doUnmock(ARCHIVE_MODULE);
  vi.resetModules();
});

it('loads the simulated buckets with the first request to one, and again after a load that failed', async () => {
  vi.resetModules();
  let loads = 0;
  vi.doMock(ARCHIVE_MODULE, async (importOriginal) => {
    loads += 1;
    if (loads === 1) {
      throw new Error('the chunk did not load');
    }
    return importOriginal();
  });
  const { obsAnswerer } = await import('@/mocks/handlers/obs-objects');
  const answer = obsAnswerer(new MockDb({ volume: 200 }));
  expect(loads).toBe(0);

  await expect(answer(new Request('http://localhost/obs/cts-audit-logs-prod?max-keys=1'))).rejects.toThrow();
  const listing = await answer(new Request('http://localhost/obs/cts-audit-logs-prod?max-keys=1'));
  expect(listing?.status).toBe(200);
  expect(await listing?.text()).toContain('<ListBucketResult');
  expect(loads).toBe(2);
});
