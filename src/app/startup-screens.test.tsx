import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MockStartFailedScreen } from '@/app/startup-screens';
import { StartupNotice } from '@/app/startup-notice';
import { I18nProvider } from '@lingui/react';
import type { ReactNode } from 'react';
import { i18n } from '@/i18n/i18n';

/** The console's language around the component, as AppProviders gives it in the app. */
function I18nWrapper({ children }: { children: ReactNode }) {
  return <I18nProvider i18n={i18n}>{children}</I18nProvider>;
}

function renderFailure(error: unknown) {
  const actions = { onRetry: vi.fn(), onResetDemo: vi.fn(), onUseLive: vi.fn() };
  render(<MockStartFailedScreen error={error} {...actions} />, { wrapper: I18nWrapper });
  return { actions, user: userEvent.setup() };
}

describe('the screen shown when the demo data cannot start', () => {
  it('offers to reset the demo data, and names a cause that is not the service worker', async () => {
    const { actions, user } = renderFailure(new TypeError('Cannot read properties of undefined (reading "tracker_name")'));
    expect(screen.getByRole('heading', { level: 1, name: 'The demo data could not be started' })).toBeVisible();
    expect(screen.getByText('The demo data could not be built')).toBeVisible();
    expect(screen.queryByText(/service worker/i)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Reset demo data' }));
    expect(actions.onResetDemo).toHaveBeenCalledOnce();
  });

  it('blames the service worker only when it failed', () => {
    renderFailure(new Error('Failed to register a ServiceWorker for scope'));
    expect(screen.getByText('The browser did not start the demo’s service worker')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Connect to a live endpoint' })).toBeVisible();
  });

  it('names the browser’s storage when it refused', () => {
    renderFailure(new DOMException('The operation is insecure.', 'SecurityError'));
    expect(screen.getByText('The browser’s storage is not available to the demo')).toBeVisible();
  });
});

describe('the notice of a reset at start', () => {
  it('says what was reset and stays until dismissed', async () => {
    render(<StartupNotice message="The stored demo data could not be read (seed: expected number), so the demo was reset." />, { wrapper: I18nWrapper });
    const notice = screen.getByRole('alert');
    expect(notice).toHaveTextContent('Demo data reset');
    expect(notice).toHaveTextContent('seed: expected number');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Close' }));
    // It leaves with a transition.
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });
});
