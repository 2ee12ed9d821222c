import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CONNECTION_STORAGE_KEY, TOKEN_STORAGE_KEY } from '@/api/connection';
import { recordProxyCalls, serveConsoleConfig } from '@/testing/console-server';
import { renderApp } from '@/testing/render-app';
import { forgetConnection, storeConnection } from '@/testing/stored-connection';

const ui = {
  heading: () => screen.findByRole('heading', { level: 1, name: 'Connection settings' }),
  serverHolds: () => screen.findByRole('radio', { name: 'Credentials held by the server' }),
  browserToken: () => screen.getByRole('radio', { name: 'Token entered in this browser' }),
  token: () => screen.queryByLabelText('IAM token'),
  proxy: () => screen.queryByRole('switch', { name: "Send requests through the console's proxy" }),
  save: () => screen.getByRole('button', { name: 'Save' }),
};

let config = { answered: 0 };

/** `null`: a static deployment, which has no console-config.json. */
function openLiveSettings(serverCredentials: boolean | null) {
  config = serveConsoleConfig(serverCredentials === null ? null : { proxy: true, serverCredentials });
  storeConnection({ mode: 'live', endpoint: 'https://cts.ap-southeast-1.myhuaweicloud.com', region: 'ap-southeast-1', projectId: 'p', domainId: 'd', useProxy: false, token: 'a-token' });
  return renderApp({ path: '/settings' });
}

describe('credentials held by the server', () => {
  afterEach(() => {
    forgetConnection();
  });

  it('is offered when the console’s server holds an AK/SK, and saving it drops the browser’s token', async () => {
    const { user } = openLiveSettings(true);
    await ui.heading();
    const serverHolds = await ui.serverHolds();
    expect(ui.browserToken()).toBeChecked();
    await user.click(serverHolds);
    expect(screen.getByText(/signs each call with its access key/)).toBeInTheDocument();
    expect(ui.token()).not.toBeInTheDocument();
    expect(ui.proxy()).not.toBeInTheDocument();
    await user.click(ui.save());

    await waitFor(() => expect(JSON.parse(localStorage.getItem(CONNECTION_STORAGE_KEY) ?? '{}')).toMatchObject({ credentials: 'server', useProxy: true }));
    expect(sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
  });

  it.each([
    ['the server holds none', false],
    ['no server says anything (a static deployment)', null],
  ])('is not offered when %s', async (_, serverCredentials) => {
    openLiveSettings(serverCredentials);
    await ui.heading();
    await waitFor(() => expect(config.answered).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('radio', { name: 'Credentials held by the server' })).not.toBeInTheDocument();
    expect(ui.token()).toBeInTheDocument();
  });

  it('sends no token through the proxy once chosen', async () => {
    const seen = recordProxyCalls({ trackers: [] });
    storeConnection({ mode: 'live', endpoint: 'https://cts.eu-west-101.myhuaweicloud.eu', region: 'eu-west-101', projectId: 'p', domainId: 'd', useProxy: false, credentials: 'server' });
    renderApp({ path: '/trackers' });
    await waitFor(() => expect(seen.length).toBeGreaterThan(0));
    expect(seen[0]?.headers.get('x-auth-token')).toBeNull();
    expect(seen[0]?.headers.get('x-cts-target')).toBe('https://cts.eu-west-101.myhuaweicloud.eu');
  });
});
