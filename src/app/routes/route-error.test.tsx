import { screen, within } from '@testing-library/react';
import type { RouteObject } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/api/errors';
import { shellRoute } from '@/app/router';
import { RouteError } from '@/app/routes/route-error';
import { renderApp } from '@/testing/render-app';

/** The app's shell around one screen under test. */
function withScreen(route: RouteObject): RouteObject[] {
  return [shellRoute([{ ...route, ErrorBoundary: RouteError }])];
}

const ui = {
  errorHeading: () => screen.findByRole('heading', { level: 1, name: 'This page could not be shown' }),
  retry: () => screen.getByRole('button', { name: 'Retry' }),
};

describe('route error boundary', () => {
  it('shows a render failure inside the shell, and Retry renders the screen again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let broken = true;
    function Flaky() {
      if (broken) {
        throw new Error('The screen broke');
      }
      return <h1>Recovered</h1>;
    }
    const { user } = renderApp({ path: '/flaky', routes: withScreen({ path: 'flaky', Component: Flaky }) });

    await ui.errorHeading();
    expect(screen.getByRole('alert')).toHaveTextContent('The screen broke');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Go to Traces' })).toHaveAttribute('href', '/traces');

    broken = false;
    await user.click(ui.retry());
    expect(await screen.findByRole('heading', { level: 1, name: 'Recovered' })).toBeInTheDocument();
  });

  it("shows an ApiError's status, code, message and request ID, and Retry reloads the data", async () => {
    const loader = vi
      .fn<() => string>()
      .mockImplementationOnce(() => {
        throw new ApiError({
          status: 403,
          code: 'CTS.0013',
          message: 'No permission, Please check roles.',
          requestId: 'req-42',
          operation: 'listTraces',
        });
      })
      .mockReturnValue('loaded');
    function Loaded() {
      return <h1>Loaded</h1>;
    }
    const { user } = renderApp({ path: '/data', routes: withScreen({ path: 'data', loader, Component: Loaded }) });

    await ui.errorHeading();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('HTTP 403 · CTS.0013');
    expect(alert).toHaveTextContent('No permission, Please check roles.');
    expect(alert).toHaveTextContent('Request ID: req-42');
    expect(within(alert).getByRole('button', { name: 'Copy request ID' })).toBeInTheDocument();

    await user.click(ui.retry());
    expect(await screen.findByRole('heading', { level: 1, name: 'Loaded' })).toBeInTheDocument();
    expect(loader).toHaveBeenCalledTimes(2);
  });
});
