import { afterAll, afterEach, beforeAll } from 'vitest';
import { LATER_AREAS, activateLocale, activeLocale, loadCatalogAreas } from '@/i18n/i18n';
import { DEFAULT_SEED } from '@/mocks/db/mock-db';
import { TEST_VOLUME, mockDb, mockServer } from '@/mocks/node';

// Every test talks to the real mock CTS handlers (STYLE §12); a request nothing answers is a bug.
beforeAll(async () => {
  mockServer.listen({ onUnhandledRequest: 'error' });
  // Screens rendered outside their routes still find their words.
  await loadCatalogAreas(...LATER_AREAS);
});

afterEach(async () => {
  // A test that switched the console to another language leaves it in English for the next.
  if (activeLocale() !== 'en') {
    await activateLocale('en');
  }
  mockServer.resetHandlers();
  await mockDb.reset({ seed: DEFAULT_SEED, volume: TEST_VOLUME });
});

afterAll(() => {
  mockServer.close();
});
