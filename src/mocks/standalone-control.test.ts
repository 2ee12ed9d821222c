import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockDb } from '@/mocks/db/mock-db';
import { FINANCE_TRACKER_NAME } from '@/mocks/db/seed-world';
import { mockServer } from '@/mocks/node';
import { createStandaloneServer } from '@/mocks/standalone-app';
import { listening } from '@/mocks/testing/raw-http';

const servers: Server[] = [];
let open = '';
let guarded = '';
const CONTROL_TOKEN = 'demo-control-token';

// Real HTTP to two servers, one of them started with a control token.
beforeAll(async () => {
  mockServer.close();
  const plain = createStandaloneServer(new MockDb({ volume: 200 }));
  const withToken = createStandaloneServer(new MockDb({ volume: 200 }), { controlToken: CONTROL_TOKEN });
  servers.push(plain, withToken);
  open = await listening(plain);
  guarded = await listening(withToken);
});

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  mockServer.listen({ onUnhandledRequest: 'error' });
});

const reset = (base: string, headers: Record<string, string>) => fetch(`${base}/mock/reset`, { method: 'POST', headers, body: '{}' });
const errorCode = async (response: Response) => ((await response.json()) as { error_code: string }).error_code;

describe('the control API of the standalone server', () => {
  it('refuses a page on another origin, which could otherwise reset the demo', async () => {
    const response = await reset(open, { Origin: 'https://attacker.example', 'Content-Type': 'application/json' });
    expect(response.status).toBe(403);
    expect(await errorCode(response)).toBe('CTS.MOCK.0403');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('grants no CORS preflight to another origin, and grants it to a loopback page', async () => {
    const preflight = (from: string) =>
      fetch(`${open}/mock/traces`, { method: 'OPTIONS', headers: { Origin: from, 'Access-Control-Request-Method': 'POST' } });
    expect((await preflight('https://attacker.example')).headers.get('access-control-allow-origin')).toBeNull();
    expect((await preflight('http://localhost:4401')).headers.get('access-control-allow-origin')).toBe('http://localhost:4401');
  });

  it('accepts loopback pages and clients that send no origin (curl, SDKs, tests)', async () => {
    expect((await reset(open, { Origin: 'http://127.0.0.1:4401', 'Content-Type': 'application/json' })).status).toBe(204);
    expect((await reset(open, { Origin: 'http://localhost:5173', 'Content-Type': 'application/json' })).status).toBe(204);
    expect((await reset(open, { 'Content-Type': 'application/json' })).status).toBe(204);
  });

  it('takes JSON only: a text/plain or form body, which needs no preflight, is refused', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await fetch(`${open}/mock/traces`, { method: 'POST', headers: { 'Content-Type': type }, body: '{"traces":[{}]}' });
      expect(response.status, type).toBe(415);
      expect(await errorCode(response)).toBe('CTS.MOCK.0415');
    }
    const faults = await fetch(`${open}/mock/faults`, { method: 'PUT', body: '{"latency_ms":0,"error_rate":1,"fail_next":null}' });
    expect(faults.status).toBe(415);
    expect((await fetch(`${open}/v3/p/quotas`, { headers: { 'X-Auth-Token': 't' } })).status).toBe(200);
  });

  it('with a control token, needs it on every call, whatever the origin', async () => {
    expect((await reset(guarded, { 'Content-Type': 'application/json' })).status).toBe(403);
    expect((await reset(guarded, { Origin: 'http://127.0.0.1:4401', 'Content-Type': 'application/json' })).status).toBe(403);
    expect((await reset(guarded, { 'X-Mock-Control-Token': 'wrong', 'Content-Type': 'application/json' })).status).toBe(403);
    expect((await reset(guarded, { 'X-Mock-Control-Token': CONTROL_TOKEN, 'Content-Type': 'application/json' })).status).toBe(204);
    expect((await fetch(`${guarded}/mock/state`)).status).toBe(403);
  });

  it('leaves CORS for /v3 as it was: any origin may call the API', async () => {
    const response = await fetch(`${open}/v3/p/trackers?tracker_name=${FINANCE_TRACKER_NAME}`, {
      headers: { Origin: 'https://console.example', 'X-Auth-Token': 't' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://console.example');
  });
});
