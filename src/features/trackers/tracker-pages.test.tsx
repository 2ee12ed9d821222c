import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { storedTracker, trackerCount } from '@/mocks/testing/scenarios';
import { renderApp } from '@/testing/render-app';

describe('the Trackers screens on the mock', () => {
  it('lists trackers with quotas, and disables creating a second management tracker with the reason', async () => {
    renderApp({ path: '/trackers' });
    const table = await screen.findByRole('table', { name: 'Trackers' });
    expect(within(table).getByRole('link', { name: 'finance-reads' })).toBeInTheDocument();
    expect(await screen.findByText('Management trackers: 1 of 1 used (full)')).toBeInTheDocument();
    const createManagement = screen.getByRole('button', { name: 'Create management tracker' });
    expect(createManagement).toBeDisabled();
    expect(createManagement).toHaveAccessibleDescription(/A management tracker already exists \(1 of 1\)/);
    expect(screen.getByRole('checkbox', { name: /system cannot be selected/ })).toBeDisabled();
    const inError = within(table).getByRole('link', { name: 'web-assets-writes' }).closest('tr') as HTMLElement;
    expect(within(inError).getByText('Error: bucket policy error')).toBeInTheDocument();
    expect(within(inError).getByText(/\(detail: bucketPolicyError\)/)).toBeInTheDocument();
  });

  it('disables a data tracker from its row, sending its bucket and events', async () => {
    const { user } = renderApp({ path: '/trackers' });
    const toggle = await screen.findByRole('switch', { name: 'Enable tracker finance-reads' });
    await user.click(toggle);
    expect(toggle).not.toBeChecked();
    await waitFor(() => expect(storedTracker('finance-reads')?.status).toBe('disabled'));
  });

  it('blocks an empty data tracker form before any request, with each rule’s message', async () => {
    const { user } = renderApp({ path: '/trackers/new?type=data' });
    const submit = await screen.findByRole('button', { name: 'Create tracker' });
    const before = trackerCount();
    await user.click(submit);
    expect(await screen.findByText('Choose the OBS bucket to track.')).toBeInTheDocument();
    expect(screen.getByText('Select at least one operation type to track: READ or WRITE.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Tracker name' })).toHaveAccessibleDescription(
      'Use 1–64 letters, digits, hyphens (-) or underscores (_), starting with a letter or digit.',
    );
    expect(trackerCount()).toBe(before);
  });
});

describe('Enter in the tracker form', () => {
  it('commits the field only: no check, no request', async () => {
    const { user } = renderApp({ path: '/trackers/new?type=data' });
    const before = trackerCount();
    await user.type(await screen.findByRole('textbox', { name: 'Tracker name' }), 'audit-logs{Enter}');
    expect(screen.queryByText('Choose the OBS bucket to track.')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Tracker name' })).toHaveValue('audit-logs');
    expect(trackerCount()).toBe(before);
  });
});

describe('a bucket whose operation another tracker records', () => {
  it('names that tracker at the bucket check and in the CTS.0209 refusal', { timeout: 30_000 }, async () => {
    const { user } = renderApp({ path: '/trackers/new?type=data' });
    await user.type(await screen.findByRole('textbox', { name: 'Tracker name' }), 'second-reads');
    await user.type(screen.getByRole('textbox', { name: 'Tracked OBS bucket' }), 'finance-reports-2026');
    await user.click(screen.getByRole('checkbox', { name: 'Read (READ)' }));
    await user.click(screen.getByRole('button', { name: 'Check bucket' }));
    expect(await screen.findByText(/finance-reads already records READ operations on finance-reports-2026/)).toBeInTheDocument();
    expect(screen.queryByText(/can be tracked/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Create tracker' }));
    const events = await screen.findByText(/^CTS\.0209: .*finance-reads already records READ/, undefined, { timeout: 10_000 });
    expect(events).toBeInTheDocument();
  });
});

describe('long IDs in the trackers table', () => {
  it('shortens the KMS key ID on one line, whole on hover, with a copy button', async () => {
    renderApp({ path: '/trackers' });
    const table = await screen.findByRole('table', { name: 'Trackers' });
    const system = within(table).getByRole('link', { name: 'system' }).closest('tr') as HTMLElement;
    const kmsId = storedTracker('system')?.kms_id ?? '';
    expect(kmsId.length).toBeGreaterThan(20);
    const shown = within(system).getByTitle(kmsId);
    expect(shown.textContent).toMatch(/^.{10}….{6}$/);
    expect(within(system).getByRole('button', { name: 'Copy KMS key ID of system' })).toBeInTheDocument();
  });
});
