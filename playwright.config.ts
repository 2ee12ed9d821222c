import { defineConfig, devices } from '@playwright/test';

/**
 * Ports and build folder can be moved (E2E_PORT, E2E_MOCK_PORT, E2E_DIST) so that several
 * checkouts or sessions can run their specs side by side.
 */
export const MOCK_SERVER_PORT = Number(process.env.E2E_MOCK_PORT ?? 9781);
export const CONSOLE_PORT = Number(process.env.E2E_PORT ?? 4173);
export const DIST = process.env.E2E_DIST ?? 'dist';
const MOCK_ORIGIN = `http://127.0.0.1:${MOCK_SERVER_PORT}`;

/**
 * Playwright cannot download browsers here: Debian's Chromium, started with the flags that keep it
 * off the closed network. Every spec runs against the one built app served by the production server
 * (`npm run serve`), so what is tested is what is deployed: its CSP, its proxy. The standalone mock
 * is added to the proxy's targets and to connect-src (Live mode calls it directly too).
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
  // Chromium 156 loads its omnibox popup (a WebUI page of ~400 modules, in a renderer of its own)
  // for every new window, which headless makes every new page: on two cores it competed with each
  // visit the specs and the bench make. A user's browser has loaded it long before.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
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
    baseURL: `http://127.0.0.1:${CONSOLE_PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: [
    {
      command: `npm run serve -- --port ${CONSOLE_PORT} --dist ${DIST} --allow-target ${MOCK_ORIGIN} --connect-src ${MOCK_ORIGIN}`,
      url: `http://127.0.0.1:${CONSOLE_PORT}`,
      // Never another checkout's server: a port in use fails loudly (move it with E2E_PORT/E2E_MOCK_PORT).
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx tsx src/mocks/standalone.ts --port ${MOCK_SERVER_PORT} --volume 2000 --operations-file e2e/fixtures/extra-operations.json`,
      url: `http://127.0.0.1:${MOCK_SERVER_PORT}/mock/state`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
