import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';

describe('app routes', () => {
  it('sends the root to the traces', async () => {
    const { router } = renderApp({ path: '/' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Traces' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/traces');
  });

  it('shows a 404 page inside the shell for an unknown path', async () => {
    const { user, router } = renderApp({ path: '/no/such/page' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(main).toHaveTextContent('/no/such/page');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Page not found · CTS Console'));

    await user.click(within(main).getByRole('link', { name: 'Go to Traces' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Traces' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/traces');
  });
});
