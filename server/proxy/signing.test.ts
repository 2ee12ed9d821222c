import type { Server } from 'node:http';
import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockDb } from '@/mocks/db/mock-db';
import { createStandaloneServer } from '@/mocks/standalone-app';
import { close, listen, send } from '../testing/http-helpers.ts';
import { createCtsProxy } from './cts-proxy.ts';

const KEYS = { accessKey: 'E2EACCESSKEY', secretKey: 'e2e-secret-key' };
let mock: Server;
let mockOrigin = '';
const proxies: Server[] = [];

async function proxyWith(secretKey: string): Promise<string> {
  const proxy = createCtsProxy({ operatorTargets: [mockOrigin], signingKeys: { ...KEYS, secretKey } });
  const server = createServer((req, res) => void proxy(req, res));
  proxies.push(server);
  return listen(server);
}

beforeAll(async () => {
  mock = createStandaloneServer(new MockDb({ volume: 200 }), { signingKeys: KEYS }).listen(0, '127.0.0.1');
  await new Promise((resolve) => mock.once('listening', resolve));
  const address = mock.address();
  mockOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await Promise.all(proxies.map(close));
  await close(mock);
});

describe('server-side AK/SK signing, against the standalone mock holding the same key pair', () => {
  it('signs each call, GET and PUT with a body, and the browser sends no credentials', async () => {
    const origin = await proxyWith(KEYS.secretKey);
    const list = await send(origin, '/cts-proxy/v3/p/trackers?tracker_type=system', { headers: { 'x-cts-target': mockOrigin } });
    expect(list.status).toBe(200);
    expect(list.json()).toMatchObject({ trackers: [{ tracker_name: 'system' }] });
    const body = JSON.stringify({ tracker_name: 'system', tracker_type: 'system', status: 'disabled' });
    const update = await send(origin, '/cts-proxy/v3/p/tracker', {
      method: 'PUT',
      headers: { 'x-cts-target': mockOrigin, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      body,
    });
    expect(update.status).toBe(200);
  });

  it('replaces a token the browser sends, so a wrong secret is refused with 401 APIGW.0301', async () => {
    const origin = await proxyWith('not-the-secret');
    const answer = await send(origin, '/cts-proxy/v3/p/trackers', { headers: { 'x-cts-target': mockOrigin, 'x-auth-token': 'a-token' } });
    expect(answer.status).toBe(401);
    expect(answer.json()).toMatchObject({ error_code: 'APIGW.0301' });
  });
});
