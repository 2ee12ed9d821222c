import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockDb } from '@/mocks/node';
import { renderApp } from '@/testing/render-app';

const DAY = 86_400_000;

/**
 * DuckDB does not run in jsdom: an engine whose table is one row per batch inserted, and whose
 * inserts after the first wait for the test.
 */
const engine = vi.hoisted(() => {
  const state = { batches: 0, held: [] as (() => void)[], holding: true };
  return {
    state,
    release() {
      state.holding = false;
      for (const resolve of state.held.splice(0)) {
        resolve();
      }
    },
  };
});
vi.mock('@/features/archive/engine/duckdb-engine', () => ({
  ArchiveEngine: {
    start: async () => ({
      clear: async () => void (engine.state.batches = 0),
      insertCsv: async () => {
        if (engine.state.batches > 0 && engine.state.holding) {
          await new Promise<void>((resolve) => engine.state.held.push(resolve));
        }
        engine.state.batches += 1;
      },
      query: async () => ({
        columns: ['trace_id', 'time', 'trace_name', 'user_name', 'file'],
        rows: Array.from({ length: engine.state.batches }, (_, i) => ({ trace_id: `t-${i}`, time: mockDb.anchor - 9 * DAY - i * 60_000, trace_name: `deleteServer${i}`, user_name: 'm.rossi', file: 'f.json.gz' })),
      }),
      cancel: async () => undefined,
    }),
  },
}));

describe('a query of the archive while its files are read', () => {
  it('shows the matches of the files read so far, says so, and the final rows once every file is read', async () => {
    const to = mockDb.anchor - 8 * DAY;
    const { user } = renderApp({ path: `/archive?tracker=system&from=${to - 2 * DAY}&to=${to}` });
    const query = await screen.findByRole('region', { name: 'Query transferred traces' });
    const submit = within(query).getByRole('button', { name: 'Query' });
    await waitFor(() => expect(submit).toBeEnabled());
    await user.click(submit);

    const results = await screen.findByRole('region', { name: 'Traces' });
    expect(await within(results).findByText('The newest matches in the files read so far: the list fills in as the rest are read.')).toBeInTheDocument();
    expect(within(results).getAllByRole('row')).toHaveLength(2);
    expect(within(query).getByRole('status')).toHaveTextContent(/^Reading /);

    engine.release();
    await waitFor(() => expect(within(query).getByRole('status')).toHaveTextContent(/, complete$/));
    await waitFor(() => expect(within(results).queryByText(/files read so far/)).not.toBeInTheDocument());
    expect(within(results).getAllByRole('row').length).toBeGreaterThan(2);
  }, 30_000);
});
