import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MockDb } from '@/mocks/db/mock-db';
import { mockServer } from '@/mocks/node';
import { createStandaloneServer } from '@/mocks/standalone-app';
import { MAX_BODY_BYTES } from '@/mocks/standalone-http';
import { SDK_HEADERS } from '@/mocks/testing/cts-client';
import { listening, portOf, rawRequest } from '@/mocks/testing/raw-http';

let server: Server;
let db: MockDb;
let origin = '';
const TOKEN = { 'X-Auth-Token': 't', 'Content-Type': 'application/json' };

// Real HTTP to the server: msw/node must not intercept this file's requests.
beforeAll(async () => {
  mockServer.close();
  db = new MockDb({ volume: 300 });
  server = createStandaloneServer(db);
  origin = await listening(server);
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  mockServer.listen({ onUnhandledRequest: 'error' });
});

function expectNoInternals(body: string): void {
  expect(body).not.toMatch(/\bat \S+ \(|\/work\/|node_modules|\.ts:\d+/);
}

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
      headers: { Origin: 'http://192.0.2.10:4173', 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'x-auth-token,content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://192.0.2.10:4173');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/X-Auth-Token/);
    const answer = await fetch(`${origin}/v3/p/quotas`, { headers: { Origin: 'http://192.0.2.10:4173', 'X-Auth-Token': 't' } });
    expect(answer.headers.get('access-control-expose-headers')).toBe('X-Request-Id, X-Subject-Token');
  });

  it('serves the simulated OBS buckets at /obs, with the digests’ signatures readable across origins', async () => {
    const listing = await fetch(`${origin}/obs/cts-audit-logs-prod?max-keys=1&prefix=CloudTraces/`, { headers: { Origin: 'http://192.0.2.10:4173' } });
    expect(listing.status).toBe(200);
    const key = /<Key>([^<]+)<\/Key>/.exec(await listing.text())?.[1] ?? '';
    expect(key).toMatch(/^CloudTraces\/ap-southeast-1\//);
    const head = await fetch(`${origin}/obs/cts-audit-logs-prod/${key}`, { method: 'HEAD', headers: { Origin: 'http://192.0.2.10:4173' } });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(0);
    expect(head.headers.get('access-control-expose-headers')).toContain('x-obs-meta-signature');
  });

  it('refuses a call without credentials with 401 and the error body', async () => {
    const response = await fetch(`${origin}/v3/p/trackers`);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error_code: 'APIGW.0301', error_msg: 'Incorrect IAM authentication information' });
  });

  it('keeps state between calls and reads a DELETE body, as the tag API needs', async () => {
    const created = await fetch(`${origin}/v3/p/tracker`, {
      method: 'POST',
      headers: TOKEN,
      body: JSON.stringify({ tracker_type: 'data', tracker_name: 'http-tracker', data_bucket: { data_bucket_name: 'hr-archive', data_event: ['WRITE'] } }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const tags = `${origin}/v3/p/cts-tracker/${id}/tags`;
    expect((await fetch(`${tags}/create`, { method: 'POST', headers: TOKEN, body: JSON.stringify({ tags: [{ key: 'a', value: '1' }] }) })).status).toBe(200);
    expect((await fetch(`${tags}/delete`, { method: 'DELETE', headers: TOKEN, body: JSON.stringify({ tags: [{ key: 'a' }] }) })).status).toBe(204);
    expect(await (await fetch(tags, { headers: TOKEN })).json()).toEqual({ tags: [] });
  });

  it('answers paths outside the API with a JSON 404', async () => {
    const response = await fetch(`${origin}/index.html`, { headers: { 'X-Auth-Token': 't' } });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error_code: string }).error_code).toBe('APIGW.0101');
  });
});

describe('requests no operation serves', () => {
  it.each(['TRACE', 'TRACK', 'FOO', 'PATCH'])('answers %s with a JSON 405, and keeps serving', async (method) => {
    const answer = await rawRequest(portOf(server), `${method} /v3/p/trackers HTTP/1.1\r\nHost: localhost\r\nX-Auth-Token: t`);
    expect(answer.status).toBe(405);
    expect(JSON.parse(answer.body)).toMatchObject({ error_code: 'CTS.MOCK.0405' });
    expect(answer.headers.allow).toMatch(/GET/);
    expect((await fetch(`${origin}/v3/p/quotas`, { headers: TOKEN })).status).toBe(200);
  });

  it('answers CONNECT with a JSON 405 instead of dropping the socket', async () => {
    const answer = await rawRequest(portOf(server), 'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443');
    expect(answer.status).toBe(405);
    expect(JSON.parse(answer.body)).toMatchObject({ error_code: 'CTS.MOCK.0405' });
  });

  it('answers HEAD where GET exists, with the GET’s status and headers and no body', async () => {
    const answer = await rawRequest(portOf(server), 'HEAD /v3/p/trackers HTTP/1.1\r\nHost: localhost\r\nX-Auth-Token: t');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/json/);
    expect(Number(answer.headers['content-length'])).toBeGreaterThan(0);
    expect(answer.body).toBe('');
  });

  it('answers a malformed escape in the path with a JSON 400', async () => {
    const answer = await rawRequest(portOf(server), 'GET /v3/p/trackers%E0%A4%A HTTP/1.1\r\nHost: localhost\r\nX-Auth-Token: t');
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ error_code: 'CTS.MOCK.0400' });
  });

  it('answers a malformed escape in a simulated OBS path as OBS does: an XML 400 InvalidURI', async () => {
    for (const path of ['/obs/cts-audit-logs-prod/CloudTraces/%E0%A4%A.json.gz', '/obs/%ZZ?max-keys=1']) {
      const answer = await rawRequest(portOf(server), `GET ${path} HTTP/1.1\r\nHost: localhost`);
      expect(answer.status).toBe(400);
      expect(answer.headers['content-type']).toMatch(/xml/);
      expect(answer.body).toContain('<Code>InvalidURI</Code>');
    }
  });

  it('answers oversized headers with a JSON 431', async () => {
    const answer = await rawRequest(portOf(server), `GET /v3/p/trackers HTTP/1.1\r\nHost: localhost\r\nX-Auth-Token: ${'a'.repeat(20_000)}`);
    expect(answer.status).toBe(431);
    expect(JSON.parse(answer.body)).toMatchObject({ error_code: 'CTS.MOCK.0431' });
  });

  it('answers a body over the limit with a JSON 413 and changes nothing', async () => {
    const before = db.traces.extra().length;
    const response = await fetch(`${origin}/mock/traces`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ traces: [{ message: 'x'.repeat(MAX_BODY_BYTES) }] }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error_code: 'CTS.MOCK.0413' });
    expect(db.traces.extra()).toHaveLength(before);
  });

  it('answers an unexpected failure with CTS.0005 and no stack trace, and logs it', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(db.traces, 'query').mockImplementationOnce(() => {
      throw new Error(`boom at ${import.meta.url}`);
    });
    const response = await fetch(`${origin}/v3/p/traces`, { headers: TOKEN });
    expect(response.status).toBe(500);
    const body = await response.text();
    expect(JSON.parse(body)).toMatchObject({ error_code: 'CTS.0005' });
    expectNoInternals(body);
    expect(logged).toHaveBeenCalled();
  });
});

describe('trace injection', () => {
  const inject = (body: string) => fetch(`${origin}/mock/traces`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });

  it('refuses a 5,000-deep request with 400, keeps nothing, and goes on answering lists and writes', async () => {
    const deep = `${'['.repeat(5_000)}${']'.repeat(5_000)}`;
    const response = await inject(`{"traces":[{"trace_name":"deep","user":{"name":${deep}}}]}`);
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(JSON.parse(body)).toMatchObject({ error_code: 'CTS.0003' });
    expectNoInternals(body);
    expect(db.traces.extra().some((trace) => trace.trace_name === 'deep')).toBe(false);
    expect((await fetch(`${origin}/v3/p/traces?limit=5`, { headers: TOKEN })).status).toBe(200);
    expect((await inject(JSON.stringify({ traces: [{ trace_name: 'shallow' }] }))).status).toBe(201);
  });

  it('adds a batch with a duplicate trace ID not at all', async () => {
    const response = await inject(JSON.stringify({ traces: [{ trace_id: 'twin-a' }, { trace_id: 'single-b' }, { trace_id: 'twin-a' }] }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error_msg: string }).error_msg).toMatch(/twin-a/);
    expect(db.traces.get('single-b')).toBeUndefined();
    expect((await inject(JSON.stringify({ traces: [{ trace_id: 'single-b' }] }))).status).toBe(201);
    const again = await inject(JSON.stringify({ traces: [{ trace_id: 'other-c' }, { trace_id: 'single-b' }] }));
    expect(again.status).toBe(400);
    expect(db.traces.get('other-c')).toBeUndefined();
  });

  it('refuses fields of the wrong type', async () => {
    const response = await inject(JSON.stringify({ traces: [{ time: 'yesterday' }] }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error_msg: string }).error_msg).toMatch(/traces\[0\].*time/);
  });
});
