import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Notification } from '@/api/contract/types';
import { mockServer } from '@/mocks/node';
import { recordRequests } from '@/mocks/testing/scenarios';
import { renderApp } from '@/testing/render-app';

/** As a client other than this console could have stored it (a real CTS may accept what the mock refuses). */
const written: Notification = {
  notification_id: 'n-terraform',
  notification_name: 'from_terraform',
  notification_type: 'smn',
  operation_type: 'complete',
  operations: [],
  notify_user_list: [],
  status: 'disabled',
  project_id: 'p',
  create_time: 1_700_000_000_000,
  filter: { condition: 'AND', is_support_filter: true, rule: ['code=200', 'resource_name = a = b'] },
};

describe('the notification builder on a notification another client wrote', () => {
  it('shows an unreadable rule read-only, sends it back unchanged, and keeps the input when CTS refuses', { timeout: 60_000 }, async () => {
    const puts: unknown[] = [];
    mockServer.use(
      http.get('*/v3/:projectId/notifications/:type', ({ params }) =>
        HttpResponse.json({ notifications: params.type === 'smn' ? [written] : [] }),
      ),
      http.put('*/v3/:projectId/notifications', async ({ request }) => {
        puts.push(await request.json());
        return HttpResponse.json({ error_code: 'CTS.0003', error_msg: 'filter.rule[0] "code=200": Put = or != after "code".' }, { status: 400 });
      }),
    );
    const { user } = renderApp({ path: '/notifications/n-terraform' });
    await screen.findByRole('heading', { level: 1, name: 'Edit from_terraform' }, { timeout: 10_000 });

    expect(screen.getByLabelText('Rule 1, read-only')).toHaveTextContent('code=200');
    expect(screen.getByText(/This rule cannot be edited here/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Rule 2 value' })).toHaveValue('a = b');

    await user.clear(screen.getByRole('textbox', { name: 'Name' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'renamed');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(puts).toHaveLength(1));
    expect(puts[0]).toMatchObject({ notification_name: 'renamed', filter: { rule: ['code=200', 'resource_name = a = b'] } });
    expect(await screen.findByText('The notification was not saved')).toBeInTheDocument();
    expect(screen.getByText(/CTS found the notification invalid without naming the setting/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('renamed');
    expect(screen.getByRole('heading', { level: 1, name: 'Edit from_terraform' })).toBeInTheDocument();
  });
});

describe('Enter in the builder', () => {
  it('commits the user group field only, and creates nothing', { timeout: 60_000 }, async () => {
    const posts = recordRequests((request) => request.method === 'POST' && request.url.includes('/notifications'));
    const { user } = renderApp({ path: '/notifications/new' });
    await user.click(await screen.findByRole('button', { name: 'Add user group' }, { timeout: 10_000 }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'half_done{Enter}');
    await user.type(screen.getByRole('combobox', { name: 'User group 1' }), 'auditors{Enter}');

    expect(screen.getByRole('combobox', { name: 'User group 1' })).toHaveValue('auditors');
    // Not submitted: no rule was checked, nothing was sent.
    expect(screen.queryByText('Choose at least one operation to be notified of.')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: /Create/ })).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(posts).toHaveLength(0);
  });
});

describe('the 51st user', () => {
  it('is refused on its own field, the typed name kept, the other groups untouched', { timeout: 60_000 }, async () => {
    const full: Notification = {
      ...written,
      notification_id: 'n-full',
      notification_name: 'fifty_users',
      filter: undefined,
      notify_user_list: [
        { user_group: 'auditors', user_list: Array.from({ length: 50 }, (_, i) => `user${i + 1}`) },
        { user_group: 'admins', user_list: [] },
      ],
    };
    mockServer.use(
      http.get('*/v3/:projectId/notifications/:type', ({ params }) => HttpResponse.json({ notifications: params.type === 'smn' ? [full] : [] })),
    );
    const { user } = renderApp({ path: '/notifications/n-full' });
    await screen.findByRole('heading', { level: 1, name: 'Edit fifty_users' }, { timeout: 10_000 });
    const second = screen.getByRole('combobox', { name: 'Users of group 2' });
    await user.type(second, 'carol{Enter}');

    expect(second).toHaveValue('carol');
    expect(second).toHaveAttribute('aria-invalid', 'true');
    expect(second).toHaveAccessibleDescription('Choose at most 50 users in total.');
    for (const name of ['User group 1', 'User group 2', 'Users of group 1']) {
      expect(screen.getByRole('combobox', { name })).not.toHaveAttribute('aria-invalid', 'true');
    }
  });
});

describe('a code != 200 rule', () => {
  it('warns that the other successes match too', { timeout: 60_000 }, async () => {
    const rule: Notification = { ...written, notification_id: 'n-code', notification_name: 'not_ok', filter: { condition: 'AND', is_support_filter: true, rule: ['code != 200'] } };
    mockServer.use(http.get('*/v3/:projectId/notifications/:type', ({ params }) => HttpResponse.json({ notifications: params.type === 'smn' ? [rule] : [] })));
    renderApp({ path: '/notifications/n-code' });
    await screen.findByRole('heading', { level: 1, name: 'Edit not_ok' }, { timeout: 10_000 });
    expect(screen.getByRole('textbox', { name: 'Rule 1 value' })).toHaveAccessibleDescription(
      'Other successes differ from 200 too: 201, 202 and 204 answers also match this rule.',
    );
  });
});
