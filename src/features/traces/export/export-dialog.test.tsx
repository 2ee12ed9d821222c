import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TraceFilters } from '@/api/traces';
import { ExportButton } from '@/features/traces/export/export-button';
// Loaded up front so that the lazy dialog resolves at once in every test.
import '@/features/traces/export/export-dialog';
import { noFaults, slowAnswers, withTraces } from '@/mocks/testing/scenarios';
import { renderApp } from '@/testing/render-app';

const MINUTE = 60_000;
const now = Date.now();
const FILTERS: TraceFilters = { trace_type: 'system', trace_name: 'exportProbe', from: now - 6 * 24 * 60 * MINUTE, to: now + MINUTE };

const ui = {
  exportButton: () => screen.getByRole('button', { name: 'Export' }),
  dialog: () => screen.findByRole('dialog', { name: 'Export traces' }),
  // By label, not role: role queries over the whole dialog are slow in jsdom.
  cap: () => screen.getByLabelText('Maximum traces'),
};

let saved: Blob[] = [];

beforeEach(() => {
  saved = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    saved.push(blob);
    return 'blob:export';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  withTraces(
    Array.from({ length: 250 }, (_, i) => ({
      trace_name: 'exportProbe',
      service_type: 'CTS',
      resource_type: 'tracker',
      resource_name: i === 0 ? '=HYPERLINK("http://example.invalid")' : `probe-${i}`,
      time: now - (i + 1) * MINUTE,
    })),
    now,
  );
});

afterEach(() => {
  noFaults();
});

function renderButton() {
  return renderApp({ routes: [{ path: '/', element: <ExportButton filters={FILTERS} /> }] });
}

describe('ExportButton', () => {
  it('shows the query and the cap before starting, and refuses a cap above 50,000', async () => {
    const { user } = renderButton();
    await user.click(ui.exportButton());
    const dialog = await ui.dialog();
    expect(dialog).toHaveTextContent('Management traces');
    expect(dialog).toHaveTextContent('Trace name: exportProbe');
    expect(dialog).not.toHaveTextContent('trace_type');
    expect(ui.cap()).toHaveValue(5000);
    await user.type(ui.cap(), '00');
    expect(ui.cap()).toHaveValue(500000);
    expect(screen.getByText('Enter a whole number from 1 to 50,000.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
  });

  it('saves a CSV that says the cap cut it short, formulas neutralised', async () => {
    const { user } = renderButton();
    await user.click(ui.exportButton());
    await ui.dialog();
    await user.clear(ui.cap());
    await user.type(ui.cap(), '100');
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText(/Saved cts-traces-.*\.csv with 100 traces\. The cap of 100 cut it short/)).toBeInTheDocument();
    expect(saved).toHaveLength(1);
    const text = await (saved[0] as Blob).text();
    const lines = text.split('\r\n');
    expect(lines[0]).toMatch(/100 traces; truncated/);
    expect(lines).toHaveLength(1 + 1 + 100 + 1);
    expect(text).toContain(`"'=HYPERLINK(""http://example.invalid"")"`);
  });

  it('saves every matching trace as JSON when the cap allows', async () => {
    const { user } = renderButton();
    await user.click(ui.exportButton());
    await ui.dialog();
    await user.click(screen.getByRole('radio', { name: 'JSON' }));
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(await screen.findByText(/with 250 traces\. Every matching trace is in it/)).toBeInTheDocument();
    const body = JSON.parse(await (saved[0] as Blob).text()) as { count: number; truncated: boolean; traces: unknown[]; filters: TraceFilters };
    expect(body).toMatchObject({ count: 250, truncated: false, filters: FILTERS });
    expect(body.traces).toHaveLength(250);
  });

  it('can be cancelled while it pages, and then saves nothing', async () => {
    slowAnswers(400);
    const { user } = renderButton();
    await user.click(ui.exportButton());
    await ui.dialog();
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByRole('progressbar', { name: 'Export progress' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel export' }));
    expect(await screen.findByText(/Export cancelled after \d+ traces; no file was saved/)).toBeInTheDocument();
    await waitFor(() => expect(saved).toHaveLength(0));
  });
});
