import { queryOptions } from '@tanstack/react-query';
import { cts } from '@/api/client';
import { LocalizedError } from '@/api/errors';
import type { MockFaults } from '@/api/contract/types';

/** The embedded mock's control API (`/mock/*`, not part of CTS): demo reset and fault injection. */
export async function getMockState(signal?: AbortSignal) {
  const { data } = await cts.GET('/mock/state', { signal });
  if (!data) {
    throw new LocalizedError({ id: 'errors.mockNoState' });
  }
  return data;
}

export async function resetMock(options: { seed?: number; volume?: number } = {}) {
  await cts.POST('/mock/reset', { body: options });
}

export async function putMockFaults(faults: MockFaults) {
  const { data } = await cts.PUT('/mock/faults', { body: faults });
  return data ?? faults;
}

export type { MockFaults } from '@/api/contract/types';

export const mockQueries = {
  all: () => ['mock'] as const,
  state: () =>
    queryOptions({
      queryKey: [...mockQueries.all(), 'state'] as const,
      queryFn: ({ signal }) => getMockState(signal),
    }),
};
