import { defineConfig, devices } from '@playwright/test';

/**
 * Ports and build folder can be moved (E2E_PORT, E2E_MOCK_PORT, E2E_DIST) so that several
 * checkouts or sessions can run their specs side by side.
 */
export const MOCK_SERVER_PORT = Number(process.env.E2E_MOCK_PORT ?? 9781);
const PREVIEW_PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';

/**
 * Playwright cannot download browsers here: Debian's Chromium, started with the flags that keep it
 * off the closed network. Every spec runs against the one built app served by `vite preview`.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--disable-gpu',
];

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${PREVIEW_PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: [
    {
      command: `npx vite preview --port ${PREVIEW_PORT} --strictPort --outDir ${DIST}`,
      url: `http://127.0.0.1:${PREVIEW_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx tsx src/mocks/standalone.ts --port ${MOCK_SERVER_PORT} --volume 2000`,
      url: `http://127.0.0.1:${MOCK_SERVER_PORT}/mock/state`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
