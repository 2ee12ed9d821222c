import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';

const ui = {
  nav: () => screen.getByRole('navigation', { name: 'Main' }),
  navLink: (name: string) => within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name }),
  heading: (name: string) => screen.findByRole('heading', { level: 1, name }),
};

describe('app layout', () => {
  afterEach(() => {
    window.innerWidth = 1024;
  });

  it('has the landmarks, with a skip link to the main content first', async () => {
    const { user } = renderApp({ path: '/traces' });
    await ui.heading('Traces');

    expect(screen.getByRole('banner')).toHaveTextContent('CTS Console');
    expect(ui.nav()).toBeInTheDocument();
    const main = screen.getByRole('main');

    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(main).toHaveFocus();
  });

  it('marks the current section in the navigation and follows it', async () => {
    const { user } = renderApp({ path: '/trackers' });
    await ui.heading('Trackers');

    expect(ui.navLink('Trackers')).toHaveAttribute('aria-current', 'page');
    expect(ui.navLink('Traces')).not.toHaveAttribute('aria-current');

    await user.click(ui.navLink('Key Event Notifications'));
    await ui.heading('Key Event Notifications');
    expect(ui.navLink('Key Event Notifications')).toHaveAttribute('aria-current', 'page');
    expect(ui.navLink('Trackers')).not.toHaveAttribute('aria-current');
    await waitFor(() => expect(document.title).toBe('Key Event Notifications · CTS Console'));
  });

  it('keeps the section active on its detail pages', async () => {
    renderApp({ path: '/trackers/system' });
    await ui.heading('system');
    expect(ui.navLink('Trackers')).toHaveAttribute('aria-current', 'page');
    await waitFor(() => expect(document.title).toBe('system · Trackers · CTS Console'));
  });

  it('shows where requests go, linking to the connection settings', async () => {
    renderApp({ path: '/traces' });
    await ui.heading('Traces');
    const indicator = within(screen.getByRole('banner')).getByRole('link', { name: /Mock · demo data/ });
    expect(indicator).toHaveAttribute('href', '/settings');
  });

  it('puts the navigation behind a menu button on small screens', async () => {
    window.innerWidth = 600;
    const { user } = renderApp({ path: '/traces' });
    await ui.heading('Traces');

    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
    const menu = screen.getByRole('button', { name: 'Open navigation' });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    await user.click(menu);
    // The small-screen drawer is downloaded when first needed.
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Trackers' }));

    await ui.heading('Trackers');
    await waitFor(() => expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument());
  });
});
