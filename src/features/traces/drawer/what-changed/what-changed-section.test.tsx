import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Trace } from '@/api/contract/types';
import { WhatChangedSection } from '@/features/traces/drawer/what-changed/what-changed-section';
import { withTraces } from '@/mocks/testing/scenarios';
import { renderApp } from '@/testing/render-app';

const MINUTE = 60_000;

function injectHistory(traces: Partial<Trace>[]): Trace[] {
  return withTraces(
    traces.map((trace) => ({ service_type: 'CTS', resource_type: 'tracker', resource_id: 'tracker-under-test', trace_type: 'ApiCall', ...trace })),
  );
}

function renderSection(trace: Trace) {
  return renderApp({ routes: [{ path: '/', element: <WhatChangedSection trace={trace} timeZone="UTC" /> }] });
}

const ui = {
  rows: (table: string) => within(screen.getByRole('table', { name: table })).getAllByRole('row').slice(1).map((row) => row.textContent),
};

describe('WhatChangedSection', () => {
  it('compares an update with the previous setting of the resource, field by field', async () => {
    const now = Date.now();
    const [, update] = injectHistory([
      {
        trace_name: 'createTracker',
        time: now - 30 * MINUTE,
        request: JSON.stringify({ tracker_name: 'ml', is_lts_enabled: false, obs_info: { bucket_name: 'logs' } }),
        user: { name: 'alice' },
      },
      {
        trace_name: 'updateTracker',
        time: now - MINUTE,
        request: JSON.stringify({ tracker_name: 'ml', is_lts_enabled: true, obs_info: { bucket_name: 'logs', file_prefix_name: '<b>x</b>' } }),
      },
    ]);
    renderSection(update as Trace);
    expect(await screen.findByRole('table', { name: 'Changed fields' })).toBeInTheDocument();
    expect(ui.rows('Changed fields')).toEqual(['is_lts_enabled~ Changedfalsetrue', 'obs_info.file_prefix_name+ Added—"<b>x</b>"']);
    expect(screen.getByText(/createTracker at .* by alice/)).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'previous request' })).toHaveTextContent('"is_lts_enabled": false');
    expect(screen.getByRole('group', { name: 'this request' })).toHaveTextContent('"is_lts_enabled": true');
    expect(document.querySelector('b')).toBeNull();
  });

  it('says so when no earlier setting is in the 7-day window', async () => {
    const [update] = injectHistory([{ trace_name: 'updateTracker', time: Date.now() - MINUTE, request: '{"a":1}' }]);
    renderSection(update as Trace);
    expect(await screen.findByText(/No earlier create or update of this resource is in the last 7 days/)).toBeInTheDocument();
  });

  it("shows a create's initial configuration and a delete's last known one", async () => {
    const now = Date.now();
    const [create, , remove] = injectHistory([
      { trace_name: 'createTracker', time: now - 3 * MINUTE, request: '{"tracker_name":"ml","data_bucket":{"data_event":["READ"]}}' },
      { trace_name: 'updateTracker', time: now - 2 * MINUTE, request: '{"tracker_name":"ml","status":"disabled"}' },
      { trace_name: 'deleteTracker', time: now - MINUTE, request: '{"tracker_name":"ml"}' },
    ]);
    const { unmount } = renderSection(create as Trace);
    expect(ui.rows('Initial configuration')).toEqual(['tracker_name"ml"', 'data_bucket.data_event["READ"]']);
    unmount();
    renderSection(remove as Trace);
    expect(await screen.findByRole('table', { name: 'Last known configuration' })).toBeInTheDocument();
    expect(ui.rows('Last known configuration')).toEqual(['tracker_name"ml"', 'status"disabled"']);
  });
});
