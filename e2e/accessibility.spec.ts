import { expect, test } from '@playwright/test';
import { ShellPage } from './pages/shell-page';
import { expectNoSeriousViolations } from './support/axe';

const SCREENS = [
  { path: '/traces', heading: 'Traces' },
  { path: '/trackers', heading: 'Trackers' },
  { path: '/trackers/system', heading: 'system' },
  { path: '/notifications', heading: 'Key Event Notifications' },
  { path: '/settings', heading: 'Connection settings' },
  { path: '/no-such-screen', heading: 'Page not found' },
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility in the ${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    for (const screen of SCREENS) {
      test(`${screen.path} has no serious or critical axe violation`, async ({ page }) => {
        const shell = new ShellPage(page);
        await shell.open(screen.path);
        await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
        await expectNoSeriousViolations(page);
      });
    }
  });
}
