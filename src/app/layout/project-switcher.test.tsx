import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONNECTION, getConnection, saveConnection } from '@/api/connection';
import { signInWithPassword } from '@/api/iam';
import { switchedConnection } from '@/app/layout/project-menu';
import { renderApp } from '@/testing/render-app';
import { forgetConnection } from '@/testing/stored-connection';

const SIGN_IN = { iamEndpoint: 'http://127.0.0.1:9000', domainName: 'acme-retail', userName: 'alice.chen', password: 'demo-password', region: 'ap-southeast-1', useProxy: false };

async function signIn(endpoint = 'http://127.0.0.1:9000') {
  const session = await signInWithPassword({ ...SIGN_IN, iamEndpoint: endpoint });
  saveConnection({
    ...DEFAULT_CONNECTION,
    mode: 'live',
    endpoint,
    region: 'ap-southeast-1',
    projectId: session.projectId ?? '',
    domainId: session.domainId,
    token: session.token,
    tokenExpiresAt: session.expiresAt,
    iamEndpoint: endpoint,
    signedInAs: 'alice.chen @ acme-retail',
  });
  return session;
}

describe('switching region and project from the header', () => {
  afterEach(() => {
    forgetConnection();
  });

  it('exchanges the token for the chosen project and stays on the screen', async () => {
    const session = await signIn();
    const { user, router } = renderApp({ path: '/trackers?tracker_type=data' });
    await screen.findByRole('table', { name: 'Trackers' });
    await user.click(screen.getByRole('button', { name: 'Switch region and project' }));
    const menu = await screen.findByRole('menu');
    await user.click(await within(menu).findByRole('menuitem', { name: /CN North-Beijing4 \(cn-north-4\)/ }));

    await waitFor(() => expect(getConnection().region).toBe('cn-north-4'));
    expect(getConnection().token).not.toBe(session.token);
    expect(getConnection().projectId).not.toBe(session.projectId);
    expect(getConnection().endpoint).toBe('http://127.0.0.1:9000');
    expect(router.state.location.pathname + router.state.location.search).toBe('/trackers?tracker_type=data');
    expect(await screen.findByRole('table', { name: 'Trackers' })).toBeInTheDocument();
  });

  it('is not offered without an IAM sign-in', async () => {
    renderApp({ path: '/trackers' });
    await screen.findByRole('table', { name: 'Trackers' });
    expect(screen.queryByRole('button', { name: 'Switch region and project' })).not.toBeInTheDocument();
  });

  it('moves Huawei Cloud endpoints with the region, and keeps a custom one', () => {
    const live = { ...DEFAULT_CONNECTION, mode: 'live' as const, endpoint: 'https://cts.ap-southeast-1.myhuaweicloud.com', iamEndpoint: 'https://iam.ap-southeast-1.myhuaweicloud.com' };
    const session = { token: 't2', expiresAt: 1 };
    expect(switchedConnection(live, { id: 'p9', name: 'eu-west-101_audit' }, session)).toMatchObject({
      region: 'eu-west-101',
      projectId: 'p9',
      endpoint: 'https://cts.eu-west-101.myhuaweicloud.eu',
      iamEndpoint: 'https://iam.eu-west-101.myhuaweicloud.eu',
      token: 't2',
    });
    expect(switchedConnection({ ...live, endpoint: 'http://127.0.0.1:9000' }, { id: 'p9', name: 'cn-north-4' }, session).endpoint).toBe('http://127.0.0.1:9000');
  });

  it('asks to sign in again shortly before the token lapses, and comes back to the screen', async () => {
    await signIn();
    saveConnection({ ...getConnection(), tokenExpiresAt: Date.now() + 5 * 60_000 });
    const { user, router } = renderApp({ path: '/trackers?tracker_type=data' });
    await user.click(await screen.findByRole('link', { name: 'Sign-in expires in 5 min: sign in again' }));
    expect(router.state.location.pathname + router.state.location.search).toBe('/settings?from=%2Ftrackers%3Ftracker_type%3Ddata');
    expect(await screen.findByRole('form', { name: 'Sign in with an IAM user' })).toBeInTheDocument();
  });
});
