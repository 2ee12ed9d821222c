import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withTraces } from '@/mocks/testing/scenarios';
import { renderApp } from '@/testing/render-app';

// jsdom lays nothing out: give the table's scroll area a size so the virtualiser draws rows.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1400);
});
afterEach(() => {
  vi.restoreAllMocks();
});

const HOUR = 3_600_000;

describe('a trace opened from a bare link', () => {
  it('says why Previous and Next are off, and lists the traces around it on request', { timeout: 30_000 }, async () => {
    const now = Date.now();
    const time = now - 30 * HOUR;
    const probe = { trace_name: 'deleteTracker', service_type: 'CTS', resource_type: 'tracker', resource_name: 'linked-probe' };
    // Neighbours within the hour, so that the list around the trace has one before and one after it
    // whatever the generated traces of that hour are.
    const traceId = withTraces([{ ...probe, time }, { ...probe, time: time - 10 * 60_000 }, { ...probe, time: time + 10 * 60_000 }], now)[0]?.trace_id;
    const { user, router } = renderApp({ path: `/traces?trace=${traceId}` });

    const drawer = await screen.findByRole('dialog', undefined, { timeout: 10_000 });
    expect(await within(drawer).findByText(/This trace is not in the list/, undefined, { timeout: 10_000 })).toBeInTheDocument();
    expect(within(drawer).getByRole('button', { name: 'Previous trace (k)' })).toBeDisabled();

    await user.click(within(drawer).getByRole('button', { name: 'Show the traces around this one' }));
    await waitFor(() => {
      const params = new URLSearchParams(router.state.location.search);
      expect([Number(params.get('from')), Number(params.get('to')), params.get('trace')]).toEqual([time - HOUR, time + HOUR, traceId]);
    });
    await waitFor(() => expect(within(screen.getByRole('dialog')).queryByText(/This trace is not in the list/)).not.toBeInTheDocument(), { timeout: 10_000 });
    expect(within(screen.getByRole('dialog')).getByRole('button', { name: 'Next trace (j)' })).toBeEnabled();
  });
});
