import { afterAll, afterEach, beforeAll } from 'vitest';
import { DEFAULT_SEED } from '@/mocks/db/mock-db';
import { TEST_VOLUME, mockDb, mockServer } from '@/mocks/node';

// Every test talks to the real mock CTS handlers (STYLE §12); a request nothing answers is a bug.
beforeAll(() => {
  mockServer.listen({ onUnhandledRequest: 'error' });
});

afterEach(async () => {
  mockServer.resetHandlers();
  await mockDb.reset({ seed: DEFAULT_SEED, volume: TEST_VOLUME });
});

afterAll(() => {
  mockServer.close();
});
