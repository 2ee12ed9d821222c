import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DISABLED_NOTIFICATION_NAME, SMN_NOTIFICATION_NAME } from '@/mocks/db/seed-world';
import { storedNotification } from '@/mocks/testing/scenarios';
import { renderApp } from '@/testing/render-app';

const table = () => screen.findByRole('table', { name: 'Key event notifications' }, { timeout: 10_000 });

describe('the notification list', () => {
  it('refuses to enable a notification without a topic, before sending anything', async () => {
    const { user } = renderApp({ path: '/notifications' });
    await table();
    const before = storedNotification(DISABLED_NOTIFICATION_NAME);
    await user.click(screen.getByRole('switch', { name: `${DISABLED_NOTIFICATION_NAME} enabled` }));
    expect(await screen.findByRole('alert')).toHaveTextContent(`${DISABLED_NOTIFICATION_NAME} has no topic or function`);
    expect(storedNotification(DISABLED_NOTIFICATION_NAME)).toEqual(before);
  });

  it('disables one by resending the whole notification', async () => {
    const { user } = renderApp({ path: '/notifications' });
    await table();
    await user.click(screen.getByRole('switch', { name: `${SMN_NOTIFICATION_NAME} enabled` }));
    await waitFor(() => expect(screen.getByRole('switch', { name: `${SMN_NOTIFICATION_NAME} enabled` })).not.toBeChecked());
    const stored = storedNotification(SMN_NOTIFICATION_NAME);
    expect(stored).toMatchObject({ status: 'disabled', filter: { rule: ['code != 200', 'trace_rating = incident'] } });
    expect(stored?.operations).toHaveLength(2);
  });

  it('searches by exact name through the API and says when none matches', async () => {
    const { user } = renderApp({ path: '/notifications?notification_name=nobody' });
    expect(await screen.findByText('No notification is named “nobody”', undefined, { timeout: 10_000 })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Search by name' }), '{Control>}a{/Control}ecs_deletions{Enter}');
    const rows = within(await table()).getAllByRole('row');
    expect(rows).toHaveLength(2);
  });
});
