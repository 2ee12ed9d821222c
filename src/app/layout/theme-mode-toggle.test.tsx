import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { COLOR_MODE_STORAGE_KEY } from '@/app/theme';
import { renderApp } from '@/testing/render-app';

const ui = {
  toggle: (mode: string) => screen.getByRole('button', { name: `Colour scheme: ${mode}` }),
  // The menu is downloaded when first opened.
  option: (mode: string) => screen.findByRole('menuitemradio', { name: mode }),
};

describe('theme mode toggle', () => {
  afterEach(() => {
    localStorage.clear();
    document.documentElement.className = '';
  });

  it('follows the system by default', async () => {
    const { user } = renderApp({ path: '/traces' });
    await screen.findByRole('heading', { level: 1, name: 'Traces' });

    await user.click(ui.toggle('System'));
    expect(await ui.option('System')).toHaveAttribute('aria-checked', 'true');
    // The test environment's system preference is light.
    expect(document.documentElement).toHaveClass('light');
  });

  it('switches to dark and remembers it across reloads', async () => {
    const first = renderApp({ path: '/traces' });
    await screen.findByRole('heading', { level: 1, name: 'Traces' });

    await first.user.click(ui.toggle('System'));
    await first.user.click(await ui.option('Dark'));

    expect(ui.toggle('Dark')).toBeInTheDocument();
    expect(document.documentElement).toHaveClass('dark');
    expect(localStorage.getItem(COLOR_MODE_STORAGE_KEY)).toBe('dark');

    first.unmount();
    document.documentElement.className = '';
    const second = renderApp({ path: '/traces' });
    await screen.findByRole('heading', { level: 1, name: 'Traces' });
    expect(ui.toggle('Dark')).toBeInTheDocument();
    expect(document.documentElement).toHaveClass('dark');

    await second.user.click(ui.toggle('Dark'));
    await second.user.click(await ui.option('Light'));
    expect(document.documentElement).toHaveClass('light');
    expect(localStorage.getItem(COLOR_MODE_STORAGE_KEY)).toBe('light');
  });
});
