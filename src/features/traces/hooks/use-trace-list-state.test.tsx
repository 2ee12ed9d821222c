import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useTraceListState } from '@/features/traces/hooks/use-trace-list-state';
import { withCriterion } from '@/features/traces/trace-view';

function TwoQuickEdits() {
  const { state, setState } = useTraceListState();
  return (
    <>
      <button
        type="button"
        onClick={() => {
          // Two fields committed before the first navigation has rendered (blur, then Enter).
          setState((current) => withCriterion(current, 'resource_name', 'bucket-a'));
          setState((current) => withCriterion(current, 'trace_id', 'f1e2d3c4-0000-4000-8000-000000000001'));
        }}
      >
        Apply both
      </button>
      <output aria-label="Criteria">{JSON.stringify(state.criteria)}</output>
    </>
  );
}

describe('the trace list URL state', () => {
  it('keeps both of two edits made before the first one has rendered', async () => {
    const router = createMemoryRouter([{ path: '/traces', element: <TwoQuickEdits /> }], { initialEntries: ['/traces?range=1d'] });
    render(<RouterProvider router={router} />);
    await userEvent.click(screen.getByRole('button', { name: 'Apply both' }));
    await waitFor(() => {
      const params = new URLSearchParams(router.state.location.search);
      expect(params.get('resource_name')).toBe('bucket-a');
      expect(params.get('trace_id')).toBe('f1e2d3c4-0000-4000-8000-000000000001');
      expect(params.get('range')).toBe('1d');
    });
  });
});
