import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useQuery } from '@tanstack/react-query';
import { CONNECTION_STORAGE_KEY, type Connection, TOKEN_STORAGE_KEY, getConnection } from '@/api/connection';
import { DEMO_MFA_SECRET, DEMO_MFA_USER } from '@/mocks/iam/demo-sign-in';
import { base32Decode, totpCode } from '@/mocks/iam/totp';
import { recordRequests } from '@/mocks/testing/scenarios';
import { ApiError } from '@/api/errors';
import { appRoutes, shellRoute } from '@/app/router';
import { reloadAt } from '@/app/settings/page-reload';
import { renderApp } from '@/testing/render-app';
import { forgetConnection, storeConnection } from '@/testing/stored-connection';

vi.mock('@/app/settings/page-reload', () => ({ reloadAt: vi.fn() }));

const ui = {
  heading: () => screen.findByRole('heading', { level: 1, name: 'Connection settings' }),
  live: () => screen.getByRole('radio', { name: 'Live CTS endpoint' }),
  mock: () => screen.getByRole('radio', { name: 'Mock (built-in demo data)' }),
  field: (name: RegExp) => screen.getByRole('textbox', { name }),
  token: () => screen.getByLabelText('IAM token'),
  save: () => screen.getByRole('button', { name: 'Save' }),
};

/** The IAM sign-in form against the mock's IAM, filled up to the password. */
async function startSignIn(user: UserEvent, userName: string) {
  const signIn = within(screen.getByRole('form', { name: 'Sign in with an IAM user' }));
  await user.click(signIn.getByRole('radio', { name: /custom endpoint/i }));
  await user.type(signIn.getByRole('textbox', { name: /Custom endpoint URL/ }), 'http://127.0.0.1:9000');
  await user.type(signIn.getByRole('textbox', { name: /Account name/ }), 'acme-retail');
  await user.type(signIn.getByRole('textbox', { name: /IAM user name/ }), userName);
  return signIn;
}

const LIVE: Partial<Connection> = {
  mode: 'live',
  endpoint: 'https://cts.ap-southeast-1.myhuaweicloud.com',
  region: 'ap-southeast-1',
  projectId: 'p-live',
  domainId: 'd-live',
  useProxy: false,
};

describe('connection settings', () => {
  beforeEach(() => {
    storeConnection(LIVE);
  });
  afterEach(() => {
    forgetConnection();
  });

  it('requires the Live fields and shows each message next to its field', async () => {
    storeConnection({ ...LIVE, endpoint: '', region: '', projectId: '', domainId: '' });
    const { user } = renderApp({ path: '/settings' });
    await ui.heading();

    await user.click(ui.save());

    expect(ui.field(/Endpoint URL/)).toHaveAccessibleDescription('Enter the endpoint URL.');
    expect(ui.field(/Endpoint URL/)).toBeInvalid();
    expect(ui.field(/Region/)).toHaveAccessibleDescription('Enter the region.');
    expect(ui.field(/Project ID/)).toHaveAccessibleDescription('Enter the project ID.');
    expect(ui.field(/Account \(domain\) ID/)).toHaveAccessibleDescription('Enter the account (domain) ID.');
    expect(ui.field(/Endpoint URL/)).toHaveFocus();
  });

  it('checks the endpoint URL when the field is left', async () => {
    const { user } = renderApp({ path: '/settings' });
    await ui.heading();

    await user.clear(ui.field(/Endpoint URL/));
    await user.type(ui.field(/Endpoint URL/), 'cts.example.com');
    await user.tab();

    expect(ui.field(/Endpoint URL/)).toHaveAccessibleDescription(/Enter an http:\/\/ or https:\/\/ URL/);
    await user.clear(ui.field(/Endpoint URL/));
    await user.type(ui.field(/Endpoint URL/), 'http://127.0.0.1:9000/');
    expect(ui.field(/Endpoint URL/)).toHaveAccessibleDescription(/The CTS endpoint of the region/);
  });

  it('keeps the token in sessionStorage only, and clears cached answers on save', async () => {
    const { user, queryClient } = renderApp({ path: '/settings' });
    await ui.heading();
    queryClient.setQueryData(['cached'], 'old answer');

    await user.type(ui.token(), 'secret-token');
    expect(ui.token()).toHaveAttribute('type', 'password');
    await user.click(screen.getByRole('button', { name: 'Show token' }));
    expect(ui.token()).toHaveAttribute('type', 'text');
    await user.clear(ui.field(/Project ID/));
    await user.type(ui.field(/Project ID/), 'p-other');
    await user.click(ui.save());

    expect(await screen.findByText('Connection saved.')).toBeInTheDocument();
    expect(sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe('secret-token');
    expect(JSON.stringify({ ...localStorage })).not.toContain('secret-token');
    expect(JSON.parse(localStorage.getItem(CONNECTION_STORAGE_KEY) ?? '{}')).toMatchObject({ projectId: 'p-other' });
    expect(queryClient.getQueryData(['cached'])).toBeUndefined();
    expect(reloadAt).not.toHaveBeenCalled();
    expect(within(screen.getByRole('banner')).getByRole('link', { name: /Live · cts\.ap-southeast-1/ })).toHaveTextContent(
      'Project p-other',
    );
  });

  it('reloads the console at the traces when the mode changes', async () => {
    const { user } = renderApp({ path: '/settings' });
    await ui.heading();

    await user.click(ui.mock());
    expect(screen.getByText(/Saving switches to the demo data and reloads the console/)).toBeInTheDocument();
    await user.click(ui.save());

    await waitFor(() => expect(reloadAt).toHaveBeenCalledWith('/traces'));
    expect(JSON.parse(localStorage.getItem(CONNECTION_STORAGE_KEY) ?? '{}')).toMatchObject({
      mode: 'mock',
      projectId: 'p-live',
    });
  });

  it('explains a 401: refused, no token sent, or an expired sign-in', async () => {
    const { unmount } = renderApp({ path: '/settings?reason=unauthorized' });
    await ui.heading();
    expect(screen.getByText('CTS rejected the credentials (401). Check the IAM token and IDs, or sign in again.')).toBeInTheDocument();
    expect(ui.live()).toBeChecked();
    unmount();
    const second = renderApp({ path: '/settings?reason=no-token' });
    expect(await screen.findByText(/No token was sent: the console is not signed in/)).toBeInTheDocument();
    second.unmount();
    renderApp({ path: '/settings?reason=expired' });
    expect(await screen.findByText('Your IAM sign-in expired. Sign in again to go back where you were.')).toBeInTheDocument();
  });

  it('signs in with an IAM user, keeps the token for the session only, and goes back to the screen it came from', async () => {
    const { user, router } = renderApp({ path: '/settings?reason=expired&from=%2Ftrackers%3Ftracker_type%3Ddata' });
    await ui.heading();
    const signIn = await startSignIn(user, 'alice.chen');
    await user.type(signIn.getByLabelText(/Password/), 'wrong');
    await user.click(signIn.getByRole('button', { name: 'Sign in' }));
    expect(await signIn.findByText('The username or password is wrong.')).toBeInTheDocument();
    expect(signIn.queryByText(/Check the IAM token/)).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Demo data' })).not.toBeInTheDocument();
    expect(signIn.getByLabelText(/Password/)).toHaveValue('');

    await user.type(signIn.getByLabelText(/Password/), 'demo-password');
    await user.click(signIn.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/trackers'));
    expect(router.state.location.search).toBe('?tracker_type=data');
    expect(sessionStorage.getItem(TOKEN_STORAGE_KEY)).toMatch(/^MIIDemo-/);
    const stored = localStorage.getItem(CONNECTION_STORAGE_KEY) ?? '';
    expect(JSON.parse(stored)).toMatchObject({ mode: 'live', endpoint: 'http://127.0.0.1:9000', signedInAs: 'alice.chen @ acme-retail' });
    expect(stored).not.toContain('demo-password');
    expect(stored).not.toContain('MIIDemo-');
  });

  it('signs in a user with virtual-MFA login protection with the user ID and the current code, which is not kept', async () => {
    const { user, router } = renderApp({ path: '/settings?reason=no-token' });
    await ui.heading();
    const signIn = await startSignIn(user, DEMO_MFA_USER);
    await user.type(signIn.getByLabelText(/Password/), 'demo-password');
    await user.click(signIn.getByRole('button', { name: 'Sign in' }));
    expect(await signIn.findByText(/If this user has login protection with a virtual MFA device, turn it on above/)).toBeInTheDocument();

    await user.click(signIn.getByRole('switch', { name: /login protection with a virtual MFA device/ }));
    await user.type(signIn.getByRole('textbox', { name: /IAM user ID/ }), '1f8c3b5d7e9a4c2f8b6d0e4a2c6f8b10');
    await user.type(signIn.getByRole('textbox', { name: /MFA code/ }), await totpCode(base32Decode(DEMO_MFA_SECRET), Date.now()));
    await user.type(signIn.getByLabelText(/Password/), 'demo-password');
    await user.click(signIn.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/traces'));
    expect(JSON.parse(localStorage.getItem(CONNECTION_STORAGE_KEY) ?? '{}')).toMatchObject({ signedInAs: `${DEMO_MFA_USER} @ acme-retail` });
  });

  it('is where a query that gets a 401 sends the user', async () => {
    function Rejected() {
      useQuery({
        queryKey: ['rejected'],
        queryFn: () =>
          Promise.reject(
            new ApiError({ status: 401, code: 'APIGW.0301', message: 'Incorrect IAM authentication information', requestId: null, operation: null }),
          ),
      });
      return <h1>Rejected</h1>;
    }
    const settings = appRoutes[0]?.children?.find((route) => route.path === 'settings');
    const { router } = renderApp({
      path: '/rejected',
      routes: [shellRoute([{ path: 'rejected', Component: Rejected }, { ...settings }])],
    });

    await ui.heading();
    expect(router.state.location.search).toBe('?reason=refused&from=%2Frejected');
    expect(screen.getByText('CTS rejected the credentials (401). Check the IAM token and IDs, or sign in again.')).toBeInTheDocument();
  });

  it('sends a fresh Live tab with no token to sign in, without calling CTS, and an expired sign-in likewise', async () => {
    const ctsCalls = recordRequests((request) => request.url.includes('/v3/'));
    const first = renderApp({ path: '/trackers' });
    await waitFor(() => expect(first.router.state.location.search).toBe('?reason=no-token&from=%2Ftrackers'));
    expect(await screen.findByText(/No token was sent/)).toBeInTheDocument();
    first.unmount();

    storeConnection({ ...getConnection(), token: 'MIIDemo-old', tokenExpiresAt: Date.now() - 1000 });
    const second = renderApp({ path: '/notifications' });
    await waitFor(() => expect(second.router.state.location.search).toBe('?reason=expired&from=%2Fnotifications'));
    expect(ctsCalls.map((request) => request.url)).toEqual([]);
  });
});
