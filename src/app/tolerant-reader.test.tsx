import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockServer } from '@/mocks/node';
import { renderApp } from '@/testing/render-app';

/**
 * Huawei's SDK marks every response field of CTS optional, and a newer CTS may send enumeration
 * values the console does not know. Each screen is rendered from such answers: none may throw, an
 * absent field reads as "—" (or what its absence means), an unknown value is shown as sent.
 */
const BARE_TRACKER = { tracker_name: 'bare' };
const ODD_TRACKER = {
  tracker_name: 'odd',
  tracker_type: 'organization',
  status: 'error',
  detail: 'quotaExceeded',
  id: 'odd-id',
};
const SUSPENDED_TRACKER = { tracker_name: 'paused', tracker_type: 'data', status: 'suspended' };
const BARE_NOTIFICATION = {
  notification_id: 'n-bare',
  notification_name: 'bare_notification',
  operation_type: 'complete',
  status: 'enabled',
};
const ODD_NOTIFICATION = {
  notification_id: 'n-odd',
  notification_name: 'odd_notification',
  operation_type: 'customized',
  notification_type: 'webhook',
  status: 'enabled',
};

function answerTrackers() {
  mockServer.use(
    http.get('*/v3/:projectId/trackers', () => HttpResponse.json({ trackers: [BARE_TRACKER, ODD_TRACKER, SUSPENDED_TRACKER] })),
    http.get('*/v3/:projectId/quotas', () =>
      HttpResponse.json({ resources: [{ type: 'data_tracker', used: 3, quota: 100 }, { type: 'organization_tracker', used: 1, quota: 5 }] }),
    ),
  );
}

function answerNotifications() {
  mockServer.use(
    http.get('*/v3/:projectId/notifications/:type', ({ params }) =>
      HttpResponse.json({ notifications: params.type === 'smn' ? [BARE_NOTIFICATION, ODD_NOTIFICATION] : [] }),
    ),
  );
}

describe('screens read minimal answers and unknown values without failing', () => {
  it('lists trackers with absent fields and unknown types, statuses, details and quota types', async () => {
    answerTrackers();
    renderApp({ path: '/trackers' });
    const table = await screen.findByRole('table', { name: 'Trackers' });
    const odd = within(table).getByRole('link', { name: 'odd' }).closest('tr');
    expect(odd).not.toBeNull();
    expect(within(odd as HTMLElement).getByText('organization')).toBeInTheDocument();
    expect(within(odd as HTMLElement).getByText('Error: quotaExceeded')).toBeInTheDocument();
    expect(within(odd as HTMLElement).getByText(/detail “quotaExceeded”/)).toBeInTheDocument();
    const paused = within(table).getByRole('link', { name: 'paused' }).closest('tr');
    expect(within(paused as HTMLElement).getByText('suspended')).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'bare' })).toBeInTheDocument();
    expect(screen.getByText('organization_tracker: 1 of 5 used')).toBeInTheDocument();
    expect(screen.queryByText(/undefined/)).not.toBeInTheDocument();
  });

  it('shows a tracker that reports no transfer and no LTS settings', async () => {
    answerTrackers();
    renderApp({ path: '/trackers/bare' });
    expect(await screen.findByRole('heading', { name: /bare/ })).toBeInTheDocument();
    expect(await screen.findByText('Not transferred')).toBeInTheDocument();
    const lts = screen.getByText('LTS trace analysis (group / topic)').closest('tr');
    expect(within(lts as HTMLElement).getByText('—')).toBeInTheDocument();
    expect(screen.queryByText(/undefined|NaN/)).not.toBeInTheDocument();
  });

  it('opens a tracker that reports no transfer and no LTS settings in the form', async () => {
    answerTrackers();
    renderApp({ path: '/trackers/bare/edit' });
    expect(await screen.findByRole('textbox', { name: 'Tracker name' })).toHaveValue('bare');
  });

  it('lists notifications without operations or users, and with an unknown notification type', async () => {
    answerNotifications();
    renderApp({ path: '/notifications' });
    const table = await screen.findByRole('table', { name: /notifications/i });
    expect(within(table).getByText('bare_notification')).toBeInTheDocument();
    const odd = within(table).getByText('odd_notification').closest('tr');
    expect(within(odd as HTMLElement).getByText('webhook')).toBeInTheDocument();
    expect(screen.queryByText(/undefined|NaN/)).not.toBeInTheDocument();
  });

  it('opens a notification that lists no operations or users in the builder', async () => {
    answerNotifications();
    renderApp({ path: '/notifications/n-odd' });
    expect(await screen.findByRole('textbox', { name: 'Name' })).toHaveValue('odd_notification');
    expect(screen.getByText('0 operations chosen across 0 services')).toBeInTheDocument();
    expect(screen.getByText('Groups 0 / 10 · Users 0 / 50')).toBeInTheDocument();
  });

  it('lists traces from a page without meta_data, with absent fields and an unknown rating, as the last page', async () => {
    const now = Date.now();
    mockServer.use(
      http.get('*/v3/:projectId/traces', () =>
        HttpResponse.json({
          traces: [
            { trace_id: 'trace-bare', time: now - 60_000 },
            { trace_id: 'trace-odd', time: now - 120_000, trace_name: 'futureAction', trace_rating: 'critical', trace_type: 'AgentAction', read_only: true, operation_id: 'op-7f3a' },
          ],
        }),
      ),
    );
    renderApp({ path: '/traces?trace=trace-odd' });
    expect(await screen.findByText(/2 traces loaded · End of the list/)).toBeInTheDocument();
    const drawer = await screen.findByRole('heading', { name: 'futureAction' });
    const details = drawer.closest('[role="dialog"], aside, .MuiDrawer-paper') as HTMLElement;
    expect(within(details).getByText('critical')).toBeInTheDocument();
    expect(within(details).getByText('AgentAction')).toBeInTheDocument();
    expect(within(details).getAllByText('op-7f3a').length).toBeGreaterThan(0);
    expect(within(details).getByText('Read only').closest('div, tr, dl')).toHaveTextContent(/Yes/);
    expect(screen.queryByText(/undefined|NaN/)).not.toBeInTheDocument();
  });
});
