import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { serveConsoleConfig } from '@/testing/console-server';

// Screens load lazily (their own chunks); on a busy 2-core machine the first import of a route
// module takes longer than Testing Library's 1 s default.
configure({ asyncUtilTimeout: 5_000 });

// As in a static deployment: no console server, so no /console-config.json (server/console-config.ts).
beforeEach(() => {
  serveConsoleConfig(null);
});

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
});
