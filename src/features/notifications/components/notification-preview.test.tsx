import { I18nProvider } from '@lingui/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VOLUME } from '@/mocks/db/mock-db';
import { seededWorld } from '@/mocks/testing/scenarios';
import { EMPTY_FORM, type NotificationFormValues } from '@/features/notifications/builder/notification-form-model';
import { NotificationPreview } from '@/features/notifications/components/notification-preview';
import { i18n } from '@/i18n/i18n';

const failedOrIncident: NotificationFormValues = {
  ...EMPTY_FORM,
  name: 'failures',
  operationType: 'complete',
  filterEnabled: true,
  filterCondition: 'OR',
  filterRules: [
    { kind: 'rule', field: 'code', operator: '!=', value: '200' },
    { kind: 'rule', field: 'trace_rating', operator: '=', value: 'incident' },
  ],
};

function renderPreview(values: NotificationFormValues) {
  const user = userEvent.setup();
  render(
    <I18nProvider i18n={i18n}>
      <MemoryRouter>
        <NotificationPreview getValues={() => values} blockedReason={null} />
      </MemoryRouter>
    </I18nProvider>,
  );
  return user;
}

describe('the notification preview', () => {
  it('reads the whole week of the demo by default, and says so', { timeout: 60_000 }, async () => {
    await seededWorld({ volume: DEFAULT_VOLUME });
    const user = renderPreview(failedOrIncident);
    expect(screen.getByRole('combobox', { name: 'Read at most' })).toHaveTextContent('20,000 traces');
    await user.click(screen.getByRole('button', { name: 'Test this notification' }));
    const outcome = await screen.findByText(/would have triggered this notification/, undefined, { timeout: 50_000 });
    expect(outcome.closest('[role="status"]')).toHaveTextContent(/management traces of the last 7 days/);
    expect(outcome.closest('[role="status"]')).toHaveTextContent(/every trace in the window that the queries return/);
  });

  it('shows each match’s rating, code and the rule it met', { timeout: 60_000 }, async () => {
    const user = renderPreview(failedOrIncident);
    await user.click(screen.getByRole('button', { name: 'Test this notification' }));
    const table = await screen.findByRole('table', { name: 'Traces that would have triggered the notification' }, { timeout: 50_000 });
    const headers = within(table).getAllByRole('columnheader').map((cell) => cell.textContent);
    expect(headers).toEqual(expect.arrayContaining(['Rating', 'Code', 'Matched rule']));
    const rows = within(table).getAllByRole('row').slice(1);
    const column = (name: string) => headers.indexOf(name);
    for (const row of rows) {
      const cells = within(row).getAllByRole('cell').map((cell) => cell.textContent ?? '');
      const code = cells[column('Code')] ?? '';
      const rating = cells[column('Rating')] ?? '';
      const matched = cells[column('Matched rule')] ?? '';
      // The rule named is the one the row's own code and rating meet.
      expect(matched.includes('code != 200')).toBe(code !== '200');
      expect(matched.includes('trace_rating = incident')).toBe(rating.endsWith('incident'));
    }
    expect(rows.some((row) => /code != 200/.test(row.textContent ?? ''))).toBe(true);
  });
});
