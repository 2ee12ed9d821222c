import { fireEvent, screen, waitFor, within } from '@testing-library/react';
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

describe('resizing and moving columns from the header', () => {
  const table = () => screen.findByRole('table', { name: 'Traces' }, { timeout: 10_000 });
  const search = (router: ReturnType<typeof renderApp>['router']) => new URLSearchParams(router.state.location.search);

  it('takes widths from the link onto the table, not onto its rows', { timeout: 30_000 }, async () => {
    renderApp({ path: '/traces?widths=user:200,source_ip:150' });
    const element = await table();
    expect(element.style.getPropertyValue('--trace-columns')).toMatch(/ 200px .*150px/);
    expect(within(element).getByRole('separator', { name: 'Resize User column' })).toHaveAttribute('aria-valuenow', '200');
    const rows = await within(element).findAllByRole('row');
    for (const row of rows) {
      expect(row.style.gridTemplateColumns).toBe('');
      expect(row.style.width).toBe('');
    }
  });

  it('resizes a column from the keyboard, kept in the link and in this browser', { timeout: 30_000 }, async () => {
    const { user, router } = renderApp({ path: '/traces?widths=user:200' });
    const separator = within(await table()).getByRole('separator', { name: 'Resize User column' });
    expect(separator).toHaveAttribute('aria-orientation', 'vertical');
    separator.focus();
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(search(router).get('widths')).toBe('user:210'));
    expect(separator).toHaveAttribute('aria-valuenow', '210');
    await user.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    await waitFor(() => expect(search(router).get('widths')).toBe('user:160'));
    expect(JSON.parse(localStorage.getItem('cts-console.traces.preferences.v1') ?? '{}')).toMatchObject({ widths: { user: 160 } });
  });

  it('moves a column by dragging its header onto another', { timeout: 30_000 }, async () => {
    const { router } = renderApp({ path: '/traces' });
    const element = await table();
    const header = (name: RegExp) => within(element).getByRole('columnheader', { name });
    const dataTransfer = { setData: () => undefined, effectAllowed: 'all' };
    fireEvent.dragStart(header(/^User/), { dataTransfer });
    fireEvent.dragOver(header(/^Time/), { dataTransfer });
    fireEvent.drop(header(/^Time/), { dataTransfer });
    await waitFor(() => expect(search(router).get('columns')).toBe('user,time,trace_name,trace_rating,trace_type,service_type,resource_type,resource_name,source_ip,code'));
    expect((await headers())[0]).toBe('User');
  });

  it('sets aside malformed widths with a notice', { timeout: 30_000 }, async () => {
    renderApp({ path: '/traces?widths=user:20' });
    expect(await screen.findByText(/Ignored widths=“user:20”/)).toBeInTheDocument();
  });
});
