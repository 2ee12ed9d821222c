import { setupServer } from 'msw/node';
import { MockDb } from '@/mocks/db/mock-db';
import { createCtsHandlers } from '@/mocks/cts-handlers';

/**
 * The mock CTS for Vitest: the same handlers over msw/node. A smaller volume keeps each reset cheap;
 * tests that need the full 10,000 call `mockDb.reset({ volume })`.
 */
export const TEST_VOLUME = 2_000;
export const mockDb = new MockDb({ volume: TEST_VOLUME });
export const mockServer = setupServer(...createCtsHandlers(mockDb));
