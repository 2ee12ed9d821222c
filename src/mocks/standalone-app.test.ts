import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockDb } from '@/mocks/db/mock-db';
import { mockServer } from '@/mocks/node';
import { createStandaloneApp } from '@/mocks/standalone-app';
import { SDK_HEADERS } from '@/mocks/testing/cts-client';

let server: Server;
let origin = '';

// Real HTTP to the express app: msw/node must not intercept this file's requests.
beforeAll(async () => {
  mockServer.close();
  server = createStandaloneApp(new MockDb({ volume: 300 })).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  mockServer.listen({ onUnhandledRequest: 'error' });
});

describe('the standalone mock server', () => {
  it('serves the same handlers over HTTP to an SDK-style client, with a request ID', async () => {
    const response = await fetch(`${origin}/v3/any-project/trackers?tracker_type=system`, { headers: SDK_HEADERS });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBeTruthy();
    const body = (await response.json()) as { trackers: { tracker_name: string }[] };
    expect(body.trackers.map((tracker) => tracker.tracker_name)).toEqual(['system']);
  });

  it('answers a CORS preflight and exposes the request ID to the console on another origin', async () => {
    const preflight = await fetch(`${origin}/v3/p/tracker`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://127.0.0.1:4173', 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'x-auth-token,content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4173');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/X-Auth-Token/);
    const answer = await fetch(`${origin}/v3/p/quotas`, { headers: { Origin: 'http://127.0.0.1:4173', 'X-Auth-Token': 't' } });
    expect(answer.headers.get('access-control-expose-headers')).toBe('X-Request-Id');
  });

  it('refuses a call without credentials with 401 and the error body', async () => {
    const response = await fetch(`${origin}/v3/p/trackers`);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error_code: 'APIGW.0301', error_msg: 'Incorrect IAM authentication information' });
  });

  it('keeps state between calls and reads a DELETE body, as the tag API needs', async () => {
    const created = await fetch(`${origin}/v3/p/tracker`, {
      method: 'POST',
      headers: { 'X-Auth-Token': 't', 'Content-Type': 'application/json' },
      body: JSON.stringify({ tracker_type: 'data', tracker_name: 'http-tracker', data_bucket: { data_bucket_name: 'hr-archive', data_event: ['WRITE'] } }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const tags = `${origin}/v3/p/cts-tracker/${id}/tags`;
    const headers = { 'X-Auth-Token': 't', 'Content-Type': 'application/json' };
    expect((await fetch(`${tags}/create`, { method: 'POST', headers, body: JSON.stringify({ tags: [{ key: 'a', value: '1' }] }) })).status).toBe(200);
    expect((await fetch(`${tags}/delete`, { method: 'DELETE', headers, body: JSON.stringify({ tags: [{ key: 'a' }] }) })).status).toBe(204);
    expect(await (await fetch(tags, { headers })).json()).toEqual({ tags: [] });
  });

  it('answers paths outside the API with a JSON 404', async () => {
    const response = await fetch(`${origin}/index.html`, { headers: { 'X-Auth-Token': 't' } });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error_code: string }).error_code).toBe('APIGW.0101');
  });
});
