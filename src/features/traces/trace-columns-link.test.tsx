import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '@/testing/render-app';

// jsdom lays nothing out: give the table's scroll area a size so the virtualiser draws rows.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1400);
  localStorage.clear();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const headers = async () => {
  const table = await screen.findByRole('table', { name: 'Traces' }, { timeout: 10_000 });
  return within(table)
    .getAllByRole('columnheader')
    .map((cell) => cell.textContent);
};

describe('columns in the link', () => {
  it('shows the columns a link names, in its order', { timeout: 30_000 }, async () => {
    renderApp({ path: '/traces?columns=user,trace_name,time' });
    expect(await headers()).toEqual(['User', 'Trace name', expect.stringMatching(/^Time \(/)]);
  });

  it('puts the columns chosen in the link, and leaves the default ones out', { timeout: 30_000 }, async () => {
    const { user, router } = renderApp({ path: '/traces?range=1d' });
    await headers();
    await user.click(screen.getByRole('button', { name: 'Columns' }));
    const dialog = await screen.findByRole('dialog', { name: 'Table preferences' });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Trace source' }));
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('columns')).toBe('time,trace_name,trace_rating,service_type,resource_type,resource_name,user,source_ip,code'));

    await user.click(screen.getByRole('button', { name: 'Columns' }));
    const again = await screen.findByRole('dialog', { name: 'Table preferences' });
    await user.click(within(again).getByRole('button', { name: 'Reset columns' }));
    await user.click(within(again).getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(router.state.location.search).toBe('?range=1d'));
  });

  it('falls back to the user’s columns when the link’s are malformed, and says so', { timeout: 30_000 }, async () => {
    const { router } = renderApp({ path: '/traces?columns=time,salary' });
    expect(await screen.findByText(/Ignored columns=“time,salary”/)).toBeInTheDocument();
    expect(await headers()).toContain('Trace name');
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('sets the page size from the toolbar', { timeout: 30_000 }, async () => {
    const { user } = renderApp({ path: '/traces?range=1w' });
    await headers();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Traces per page' }), '20');
    expect(await screen.findByText(/^20 traces loaded/, undefined, { timeout: 10_000 })).toBeInTheDocument();
  });
});
