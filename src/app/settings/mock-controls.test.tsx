import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { answerWithError } from '@/mocks/testing/scenarios';
import { renderApp } from '@/testing/render-app';

const ui = {
  section: () => screen.findByRole('region', { name: 'Demo data' }),
  delay: () => screen.getByRole('spinbutton', { name: 'Delay (ms)' }),
  failNext: () => screen.getByRole('switch', { name: 'Fail the next request' }),
  apply: () => screen.getByRole('button', { name: 'Apply faults' }),
  now: () => screen.getByText(/^Now:/),
};

describe('mock controls', () => {
  it('shows the demo world and applies faults', async () => {
    const { user } = renderApp({ path: '/settings' });
    const section = await ui.section();
    expect(await within(section).findByText(/management traces generated from seed/)).toBeInTheDocument();
    expect(ui.now()).toHaveTextContent('Delay 0 ms, error rate 0 %, no request is set to fail.');

    await user.clear(ui.delay());
    await user.type(ui.delay(), '250');
    await user.click(ui.failNext());
    await user.click(screen.getByRole('button', { name: /403 CTS\.0013/ }));
    expect(screen.getByRole('textbox', { name: /Error code/ })).toHaveValue('CTS.0013');
    await user.click(ui.apply());

    expect(await screen.findByText('Faults applied.')).toBeInTheDocument();
    await waitFor(() =>
      expect(ui.now()).toHaveTextContent('Delay 250 ms, error rate 0 %, the next request fails with 403 CTS.0013.'),
    );
  });

  it('checks the fault values next to their fields', async () => {
    const { user } = renderApp({ path: '/settings' });
    await within(await ui.section()).findByText(/management traces generated/);

    await user.clear(ui.delay());
    await user.type(ui.delay(), '20000');
    await user.click(ui.failNext());
    await user.clear(screen.getByRole('textbox', { name: /Error code/ }));
    await user.click(ui.apply());

    expect(ui.delay()).toHaveAccessibleDescription('The delay can be at most 10000 ms.');
    expect(screen.getByRole('textbox', { name: /Error code/ })).toHaveAccessibleDescription(
      'Enter the error code to answer, e.g. CTS.0004.',
    );
    expect(screen.queryByText('Faults applied.')).not.toBeInTheDocument();
  });

  it('resets the demo data only after confirmation, which clears the faults', async () => {
    const { user } = renderApp({ path: '/settings' });
    await within(await ui.section()).findByText(/management traces generated/);
    await user.clear(ui.delay());
    await user.type(ui.delay(), '100');
    await user.click(ui.apply());
    await waitFor(() => expect(ui.now()).toHaveTextContent('Delay 100 ms'));

    await user.click(screen.getByRole('button', { name: 'Reset demo data' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Reset the demo data?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Reset demo data' }));

    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    await waitFor(() => expect(ui.now()).toHaveTextContent('Delay 0 ms, error rate 0 %, no request is set to fail.'));
  });

  it('shows why applying the faults failed, with code, message and request ID', async () => {
    answerWithError('putMockFaults', {
      status: 400,
      code: 'CTS.0003',
      message: 'The message body is empty or invalid.',
      requestId: 'req-faults',
    });
    const { user } = renderApp({ path: '/settings' });
    await within(await ui.section()).findByText(/management traces generated/);

    await user.click(ui.apply());

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The faults could not be applied');
    expect(alert).toHaveTextContent('HTTP 400 · CTS.0003');
    expect(alert).toHaveTextContent('The message body is empty or invalid.');
    expect(alert).toHaveTextContent('Request ID: req-faults');
  });
});

describe('a one-shot failure', () => {
  it('is shown as fired once a request used it, and Apply does not set it again', async () => {
    const { user, router } = renderApp({ path: '/settings' });
    await within(await ui.section()).findByText(/management traces generated/);
    await user.click(ui.failNext());
    await user.click(screen.getByRole('button', { name: /403 CTS\.0013/ }));
    await user.click(ui.apply());
    await waitFor(() => expect(ui.now()).toHaveTextContent('the next request fails with 403 CTS.0013'));

    await router.navigate('/trackers');
    expect(await screen.findByText(/CTS\.0013/, undefined, { timeout: 10_000 })).toBeInTheDocument();
    await router.navigate('/settings');

    await waitFor(() => expect(ui.now()).toHaveTextContent('no request is set to fail'), { timeout: 10_000 });
    expect(screen.getByText('Fired: a request failed with 403 CTS.0013, as set.')).toBeInTheDocument();
    expect(ui.failNext()).not.toBeChecked();
    await user.click(ui.apply());
    expect(await screen.findByText('Faults applied.')).toBeInTheDocument();
    expect(ui.now()).toHaveTextContent('no request is set to fail');
  });
});
