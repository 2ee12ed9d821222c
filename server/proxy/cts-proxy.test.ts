import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { close, fakeUpstream, listen, send } from '../testing/http-helpers.ts';
import { createCtsProxy } from './cts-proxy.ts';

let mode: 'json' | 'redirect' | 'html' | 'slow' | 'hang' = 'json';
const upstream = fakeUpstream((req, res) => {
  if (mode === 'hang') {
    return;
  }
  if (mode === 'redirect') {
    res.writeHead(302, { location: 'http://other.example/v3/steal' }).end();
    return;
  }
  if (mode === 'html') {
    res.writeHead(500, { 'content-type': 'text/html' }).end('<script>alert(1)</script>');
    return;
  }
  res.writeHead(200, {
    'content-type': 'application/json',
    'x-request-id': 'req-1',
    'set-cookie': 'session=upstream',
    'access-control-allow-origin': '*',
    'x-subject-token': 'subject-token',
    connection: 'keep-alive',
    'keep-alive': 'timeout=77',
  });
  res.end(JSON.stringify({ path: req.url }));
});
let upstreamOrigin = '';
let proxyServer: Server;
let proxyOrigin = '';

beforeAll(async () => {
  upstreamOrigin = await listen(upstream.server);
  const proxy = createCtsProxy({ operatorTargets: [upstreamOrigin], bodyLimit: 1024, timeoutMs: 300 });
  proxyServer = createServer((req, res) => void proxy(req, res));
  proxyOrigin = await listen(proxyServer);
});
afterAll(async () => {
  await close(proxyServer);
  await close(upstream.server);
});
beforeEach(() => {
  mode = 'json';
  upstream.seen.length = 0;
});

function call(path: string, headers: Record<string, string | number> = {}, options: { method?: string; body?: string | Buffer } = {}) {
  return send(proxyOrigin, `/cts-proxy${path}`, { headers: { 'x-cts-target': upstreamOrigin, ...headers }, ...options });
}

describe('the CTS proxy: targets', () => {
  it('forwards an API call to an allowed origin and relays the answer', async () => {
    const answer = await call('/v3/p/traces?limit=5', { 'x-auth-token': 'token-1' });
    expect(answer.status).toBe(200);
    expect(answer.json()).toEqual({ path: '/v3/p/traces?limit=5' });
    expect(answer.headers['x-request-id']).toBe('req-1');
    expect(upstream.seen[0]?.headers['x-auth-token']).toBe('token-1');
  });

  it.each([
    ['a host nobody configured', 'http://127.0.0.1:1', '127.0.0.1:1'],
    ['a look-alike of a Huawei endpoint', 'https://cts.ap-southeast-1.myhuaweicloud.com.evil.example', 'cts.ap-southeast-1.myhuaweicloud.com.evil.example'],
    ['an allowed host with a path', 'https://cts.ap-southeast-1.myhuaweicloud.com/x', 'cts.ap-southeast-1.myhuaweicloud.com'],
  ])('refuses %s with 403 naming the host, and calls nobody', async (_, target, host) => {
    const answer = await send(proxyOrigin, '/cts-proxy/v3/p/traces', { headers: { 'x-cts-target': target } });
    expect(answer.status).toBe(403);
    expect(answer.json()).toMatchObject({ error_code: 'PROXY.0403' });
    expect(String(answer.json().error_msg)).toContain(host);
    expect(upstream.seen).toHaveLength(0);
  });

  it('never echoes credentials given in the target', async () => {
    const answer = await send(proxyOrigin, '/cts-proxy/v3/p/traces', { headers: { 'x-cts-target': 'http://admin:hunter2@127.0.0.1:1' } });
    expect(answer.status).toBe(403);
    expect(answer.text).not.toContain('hunter2');
    expect(answer.text).not.toContain('admin');
  });

  it('asks for a target when there is none', async () => {
    const answer = await send(proxyOrigin, '/cts-proxy/v3/p/traces');
    expect(answer.status).toBe(400);
    expect(answer.json()).toMatchObject({ error_code: 'PROXY.0400' });
  });
});

describe('the CTS proxy: paths', () => {
  it.each([
    '//other-host:9421/x',
    '/v3//other-host/x',
    '/v3/p/../../admin',
    '/v3/p/%2e%2e/admin',
    '/v3/p%2ftraces',
    '/v3/p\\traces',
    '/v3/http://other-host/x',
    '/admin',
    '/v3',
  ])('refuses %s without calling the endpoint', async (path) => {
    const answer = await call(path);
    expect(answer.status).toBe(400);
    expect(answer.json()).toMatchObject({ error_code: 'PROXY.0404' });
    expect(upstream.seen).toHaveLength(0);
  });

  it('allows only token and project calls on an IAM endpoint', async () => {
    const refused = await send(proxyOrigin, '/cts-proxy/v3/users', { headers: { 'x-cts-target': 'https://iam.myhuaweicloud.com' } });
    expect(refused.json()).toMatchObject({ error_code: 'PROXY.0404' });
  });

  it('takes IAM’s temporary-credential call to a host that answers IAM, never to a CTS endpoint', async () => {
    const path = '/cts-proxy/v3.0/OS-CREDENTIAL/securitytokens';
    const toCts = await send(proxyOrigin, path, { method: 'POST', headers: { 'x-cts-target': 'https://cts.ap-southeast-1.myhuaweicloud.com' } });
    expect(toCts.json()).toMatchObject({ error_code: 'PROXY.0404' });
    expect(upstream.seen).toHaveLength(0);
    const toOperator = await send(proxyOrigin, path, { method: 'POST', headers: { 'x-cts-target': upstreamOrigin, 'content-type': 'application/json', 'x-auth-token': 'user-token' }, body: '{}' });
    expect(toOperator.status).toBe(200);
    expect(upstream.seen[0]).toMatchObject({ method: 'POST', url: '/v3.0/OS-CREDENTIAL/securitytokens' });
    expect(upstream.seen[0]?.headers['x-auth-token']).toBe('user-token');
  });
});

describe('the CTS proxy: headers', () => {
  it('forwards only the allowlisted request headers', async () => {
    await call('/v3/p/trackers', {
      'x-auth-token': 't',
      'x-project-id': 'p',
      'x-language': 'en-us',
      cookie: 'console-session=1',
      authorization: 'Bearer console-secret',
      'x-forwarded-for': '10.0.0.1',
      'x-forwarded-host': 'console.example',
      origin: 'http://console.example',
      'x-custom': 'no',
    });
    const headers = upstream.seen[0]?.headers ?? {};
    expect(headers).toMatchObject({ 'x-auth-token': 't', 'x-project-id': 'p', 'x-language': 'en-us' });
    for (const name of ['cookie', 'authorization', 'x-forwarded-for', 'x-forwarded-host', 'origin', 'x-custom', 'x-cts-target']) {
      expect(headers[name]).toBeUndefined();
    }
  });

  it('forwards an SDK-HMAC-SHA256 Authorization header', async () => {
    const signature = 'SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=' + 'a'.repeat(64);
    await call('/v3/p/trackers', { authorization: signature, 'x-sdk-date': '20261206T195500Z' });
    expect(upstream.seen[0]?.headers.authorization).toBe(signature);
  });

  it('relays no cookie, CORS, hop-by-hop or token header from the endpoint', async () => {
    const answer = await call('/v3/p/trackers');
    for (const name of ['set-cookie', 'access-control-allow-origin', 'x-subject-token']) {
      expect(answer.headers[name]).toBeUndefined();
    }
    expect(answer.headers['keep-alive']).not.toBe('timeout=77');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
  });

  it('relays an HTML answer as bytes the browser will not render', async () => {
    mode = 'html';
    const answer = await call('/v3/p/trackers');
    expect(answer.status).toBe(500);
    expect(answer.headers['content-type']).toBe('application/octet-stream');
    expect(answer.headers['content-security-policy']).toContain('sandbox');
  });

  it('answers requests with Expect, Transfer-Encoding, Upgrade and Keep-Alive', async () => {
    const answer = await call(
      '/v3/p/tracker',
      { expect: '100-continue', 'transfer-encoding': 'chunked', 'content-type': 'application/json', 'keep-alive': 'timeout=5', connection: 'keep-alive' },
      { method: 'PUT', body: '{"tracker_name":"system"}' },
    );
    expect(answer.status).toBe(200);
    expect(upstream.seen[0]?.body).toBe('{"tracker_name":"system"}');
    const upgrade = await call('/v3/p/trackers', { upgrade: 'websocket', connection: 'upgrade' });
    expect(upgrade.status).toBe(200);
    expect(upstream.seen[1]?.headers.upgrade).toBeUndefined();
  });
});

describe('the CTS proxy: limits', () => {
  it('relays a redirect as an error and never follows it', async () => {
    mode = 'redirect';
    const answer = await call('/v3/p/trackers', { 'x-auth-token': 'secret-token' });
    expect(answer.status).toBe(502);
    expect(answer.json()).toMatchObject({ error_code: 'PROXY.0302' });
    expect(answer.headers.location).toBeUndefined();
    expect(upstream.seen).toHaveLength(1);
  });

  it('refuses a body over the limit with 413, declared or streamed', async () => {
    const declared = await call('/v3/p/tracker', { 'content-type': 'application/json' }, { method: 'POST', body: Buffer.alloc(2048, 'a') });
    expect(declared.status).toBe(413);
    expect(declared.json()).toMatchObject({ error_code: 'PROXY.0413' });
    expect(upstream.seen).toHaveLength(0);
    const streamed = await call('/v3/p/tracker', { 'transfer-encoding': 'chunked' }, { method: 'POST', body: Buffer.alloc(4096, 'a') });
    expect(streamed.status).toBe(413);
  });

  it('answers 504 when the endpoint does not answer in time', async () => {
    mode = 'hang';
    const answer = await call('/v3/p/trackers');
    expect(answer.status).toBe(504);
    expect(answer.json()).toMatchObject({ error_code: 'PROXY.0504' });
  });

  it('answers 502 naming the host, not the token, when the endpoint is down', async () => {
    const down = createServer();
    const downOrigin = await listen(down);
    await close(down);
    const proxy = createCtsProxy({ operatorTargets: [downOrigin] });
    const server = createServer((req, res) => void proxy(req, res));
    const origin = await listen(server);
    const answer = await send(origin, '/cts-proxy/v3/p/trackers', { headers: { 'x-cts-target': downOrigin, 'x-auth-token': 'secret-token' } });
    await close(server);
    expect(answer.status).toBe(502);
    expect(answer.json()).toMatchObject({ error_code: 'PROXY.0502' });
    expect(answer.text).toContain(new URL(downOrigin).host);
    expect(answer.text).not.toContain('secret-token');
  });

  it('aborts the upstream call when the client goes away', async () => {
    mode = 'hang';
    const upstreamClosed = new Promise<void>((resolve) => upstream.server.once('request', (req) => req.socket.once('close', () => resolve())));
    const abort = new AbortController();
    const pending = fetch(`${proxyOrigin}/cts-proxy/v3/p/trackers`, { headers: { 'x-cts-target': upstreamOrigin }, signal: abort.signal }).catch(() => 'aborted');
    await new Promise((resolve) => setTimeout(resolve, 100));
    abort.abort();
    expect(await pending).toBe('aborted');
    await upstreamClosed;
  });
});
