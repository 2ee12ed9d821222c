import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { failNext } from '@/mocks/testing/scenarios';
import { renderApp } from '@/testing/render-app';

// jsdom lays nothing out: give the table's scroll area a size so the virtualiser draws rows.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1400);
});
afterEach(() => {
  vi.restoreAllMocks();
});

const ui = {
  heading: () => screen.findByRole('heading', { level: 1, name: 'Traces' }, { timeout: 10_000 }),
  table: () => screen.findByRole('table', { name: 'Traces' }, { timeout: 10_000 }),
  rows: (table: HTMLElement) => within(table).getAllByRole('row').slice(1),
};

describe('the trace list', () => {
  it('shows the last hour of management traces, newest first, with a count', { timeout: 30_000 }, async () => {
    renderApp({ path: '/traces' });
    await ui.heading();
    const table = await ui.table();
    const rows = ui.rows(table);
    expect(rows.length).toBeGreaterThan(0);
    expect(table).toHaveAttribute('aria-rowcount');
    expect(within(table).getByRole('columnheader', { name: /^Time \(/ })).toBeInTheDocument();
    expect(await screen.findByText(/traces? loaded/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Time range: Last 1 hour/ })).toBeInTheDocument();
  });

  it('restores filters from the URL as chips, and every row matches them', { timeout: 30_000 }, async () => {
    renderApp({ path: '/traces?service_type=CTS&range=1w' });
    const table = await ui.table();
    const applied = screen.getByRole('region', { name: 'Applied filters' });
    expect(within(applied).getByRole('button', { name: /Service: CTS/ })).toBeInTheDocument();
    const serviceColumn = within(table).getAllByRole('columnheader').findIndex((cell) => cell.textContent === 'Service');
    for (const row of ui.rows(table)) {
      expect(within(row).getAllByRole('cell')[serviceColumn]).toHaveTextContent('CTS');
    }
  });

  it('falls back to defaults for malformed parameters, says so, and rewrites the URL', { timeout: 30_000 }, async () => {
    const { router } = renderApp({ path: '/traces?trace_rating=awful&range=5y&service_type=ECS' });
    expect(await screen.findByText(/Ignored trace_rating=“awful”/)).toBeInTheDocument();
    expect(screen.getByText(/Ignored range=“5y”/)).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.search).toBe('?service_type=ECS'));
  });

  it('tells "no match" (clear filters) from "nothing in the range"', { timeout: 30_000 }, async () => {
    const { user, router } = renderApp({ path: '/traces?resource_name=no-such-resource-anywhere' });
    expect(await screen.findByText('No trace matches these filters', undefined, { timeout: 10_000 })).toBeInTheDocument();
    const clear = screen.getAllByRole('button', { name: 'Clear filters' });
    await user.click(clear[clear.length - 1] as HTMLElement);
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('shows CTS error code and message with a retry', { timeout: 30_000 }, async () => {
    failNext('listTraces', 'CTS.0001', { status: 500, message: 'Internal error in test.' });
    const { user } = renderApp({ path: '/traces' });
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('CTS.0001'), { timeout: 10_000 });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Internal error in test.');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await ui.table()).toBeInTheDocument();
  });

  it('filters loaded rows with the quick filter, labelled as loaded results only', { timeout: 30_000 }, async () => {
    const { user } = renderApp({ path: '/traces?range=1d' });
    const table = await ui.table();
    const before = ui.rows(table).length;
    const first = ui.rows(table)[0];
    const name = within(first as HTMLElement).getAllByRole('cell')[1]?.textContent ?? '';
    await user.type(screen.getByLabelText(/Quick filter \(searches the \d+ loaded traces only\)/), name.toUpperCase());
    await waitFor(() => expect(ui.rows(table).length).toBeLessThanOrEqual(before));
    for (const row of ui.rows(table)) {
      expect(row.textContent?.toLowerCase()).toContain(name.toLowerCase());
    }
  });

  it('opens the drawer from a row with Enter, the trace in the URL', { timeout: 30_000 }, async () => {
    const { user, router } = renderApp({ path: '/traces' });
    const table = await ui.table();
    const row = ui.rows(table)[0] as HTMLElement;
    row.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.search).toMatch(/trace=/));
    expect(row).toHaveAttribute('aria-current', 'true');
  });

  it('shows the whole text of a cell cut short by its column when the pointer is over it', { timeout: 30_000 }, async () => {
    const { user } = renderApp({ path: '/traces' });
    const table = await ui.table();
    const [short, cut] = within(ui.rows(table)[0] as HTMLElement).getAllByRole('cell') as [HTMLElement, HTMLElement];
    vi.spyOn(cut, 'scrollWidth', 'get').mockReturnValue(5_000);
    await user.hover(cut);
    expect(cut).toHaveAttribute('title', cut.textContent);
    await user.hover(short);
    expect(short).not.toHaveAttribute('title');
  });

  it('exports only the rows the quick filter shows, or says plainly that it is not applied', { timeout: 30_000 }, async () => {
    URL.createObjectURL = vi.fn(() => 'blob:export');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = renderApp({ path: '/traces?range=1d' });
    const table = await ui.table();
    const name = within(ui.rows(table)[0] as HTMLElement).getAllByRole('cell')[1]?.textContent ?? '';
    await user.type(screen.getByLabelText(/Quick filter/), name);
    await waitFor(() => expect(ui.rows(table).every((row) => row.textContent?.includes(name))).toBe(true));

    await user.click(screen.getByRole('button', { name: 'Export' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export traces' }, { timeout: 10_000 });
    const only = within(dialog).getByRole('radio', { name: new RegExp(`^Only the \\d+ rows shown by the quick filter “${name}”$`) });
    expect(only).toBeChecked();
    const shown = /Only the (\d+) rows/.exec(only.closest('label')?.textContent ?? '')?.[1];
    expect(within(dialog).getByRole('radio', { name: /the quick filter is not applied/ })).not.toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Export CSV' }));
    expect(await within(dialog).findByText(new RegExp(`with ${shown} traces?\\.`))).toBeInTheDocument();
  });
});
