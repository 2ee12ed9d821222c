import { afterAll, afterEach, beforeAll } from 'vitest';
import { mockDb, mockServer } from '@/mocks/node';

// Every test talks to the real mock CTS handlers (STYLE §12); a request nothing answers is a bug.
beforeAll(() => {
  mockServer.listen({ onUnhandledRequest: 'error' });
});

afterEach(() => {
  mockServer.resetHandlers();
  mockDb.reset();
});

afterAll(() => {
  mockServer.close();
});
