// @vitest-environment jsdom
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { OBS_UNAVAILABLE_CODE, obsFetch } from '@/api/archive/obs-client';
import { mockServer } from '@/mocks/node';
import { forgetConnection, storeConnection } from '@/testing/stored-connection';

const ENDPOINT = 'https://cts.ap-southeast-1.myhuaweicloud.com';

describe('OBS reads in Live mode', () => {
  afterEach(() => forgetConnection());

  it('go through the console server’s OBS proxy, naming the CTS endpoint', async () => {
    storeConnection({ mode: 'live', endpoint: ENDPOINT, credentials: 'server', useProxy: true });
    let seen: { url: string; target: string | null } | null = null;
    mockServer.use(
      http.get('*/obs-proxy/:bucket', ({ request }) => {
        seen = { url: request.url, target: request.headers.get('x-cts-target') };
        return new HttpResponse('<ListBucketResult/>', { headers: { 'content-type': 'application/xml' } });
      }),
    );
    const response = await obsFetch('cts-archive', '?prefix=CloudTraces%2F');
    expect(await response.text()).toBe('<ListBucketResult/>');
    expect(seen).toEqual({ url: `${location.origin}/obs-proxy/cts-archive?prefix=CloudTraces%2F`, target: ENDPOINT });
  });

  it('bring the user’s temporary credentials from IAM when signed in with a token', async () => {
    storeConnection({ mode: 'live', endpoint: ENDPOINT, token: 'user-token', useProxy: true, iamEndpoint: 'https://iam.ap-southeast-1.myhuaweicloud.com' });
    const asked: { target: string | null; token: string | null }[] = [];
    const carried: (string | null)[][] = [];
    mockServer.events.on('request:start', ({ request }) => {
      if (request.url.includes('/OS-CREDENTIAL/securitytokens')) {
        asked.push({ target: request.headers.get('x-cts-target'), token: request.headers.get('x-auth-token') });
      }
    });
    mockServer.use(
      http.get('*/obs-proxy/:bucket/*', ({ request }) => {
        carried.push(['x-temporary-access-key', 'x-temporary-secret-key', 'x-security-token'].map((name) => request.headers.get(name)));
        return new HttpResponse('bytes');
      }),
    );
    // Reads in parallel, as the archive makes them: IAM is asked once, then the credentials are reused.
    await Promise.all([obsFetch('cts-archive', '/a/b.json.gz'), obsFetch('cts-archive', '/a/c.json.gz')]);
    await obsFetch('cts-archive', '/a/d.json.gz');
    expect(asked).toEqual([{ target: 'https://iam.ap-southeast-1.myhuaweicloud.com', token: 'user-token' }]);
    expect(carried).toHaveLength(3);
    expect(carried[0]?.every((value) => value !== null && value !== '')).toBe(true);
    expect(carried[1]).toEqual(carried[0]);
    expect(carried[2]).toEqual(carried[0]);
    mockServer.events.removeAllListeners();
  });

  it('say why when neither the user nor the server has a key', async () => {
    storeConnection({ mode: 'live', endpoint: ENDPOINT, token: 'user-token-2', useProxy: true });
    mockServer.use(
      http.post('*/OS-CREDENTIAL/securitytokens', () => HttpResponse.json({ error_code: 'IAM.0001', error_msg: 'No.' }, { status: 403 })),
      http.get('*/obs-proxy/:bucket/*', () => HttpResponse.json({ error_code: 'PROXY.0401', error_msg: 'The console’s server has no access key to read OBS with.' }, { status: 401 })),
    );
    await expect(obsFetch('cts-archive', '/a/b.json.gz')).rejects.toMatchObject({ status: 401, code: 'PROXY.0401', message: 'The console’s server has no access key to read OBS with.' });
  });

  it('are refused before any request without the console’s proxy', async () => {
    storeConnection({ mode: 'live', endpoint: ENDPOINT, token: 'user-token', useProxy: false });
    await expect(obsFetch('cts-archive', '')).rejects.toMatchObject({ code: OBS_UNAVAILABLE_CODE });
  });
});
