import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { close, fakeUpstream, listen, send } from '../testing/http-helpers.ts';
import { bucketBase, createObsProxy, parseObsPath } from './obs-proxy.ts';
import { obsSignature } from './obs-signing.ts';

const KEYS = { accessKey: 'SERVER-AK', secretKey: 'server-sk' };
const NOW = new Date(Date.UTC(2026, 11, 7, 6, 30, 0));
const DATE = 'Mon, 07 Dec 2026 06:30:00 GMT';

const upstream = fakeUpstream((req, res) => {
  if (req.url?.includes('.json.gz')) {
    res.writeHead(200, { 'content-type': 'text/html', 'x-obs-meta-signature': 'ab12', 'set-cookie': 'x=1', 'content-length': '3' }).end('abc');
    return;
  }
  res.writeHead(200, { 'content-type': 'application/xml', 'x-obs-request-id': 'obs-1' }).end('<ListBucketResult/>');
});
let upstreamOrigin = '';
const servers: Server[] = [];
let signingOrigin = '';
let keylessOrigin = '';

async function proxyServer(signingKeys: typeof KEYS | null): Promise<string> {
  const proxy = createObsProxy({ operatorTargets: [upstreamOrigin], signingKeys, timeoutMs: 500, now: () => NOW });
  const server = createServer((req, res) => void proxy(req, res));
  servers.push(server);
  return listen(server);
}

beforeAll(async () => {
  upstreamOrigin = await listen(upstream.server);
  signingOrigin = await proxyServer(KEYS);
  keylessOrigin = await proxyServer(null);
});
afterAll(async () => {
  await Promise.all([upstream.server, ...servers].map(close));
});

describe('the OBS proxy', () => {
  it('lists a bucket on the operator’s mock path-style, signed with the server’s key', async () => {
    const answer = await send(signingOrigin, '/obs-proxy/cts-archive?prefix=CloudTraces%2F&max-keys=100', { headers: { 'x-cts-target': upstreamOrigin, authorization: 'Basic stolen', cookie: 'c=1' } });
    expect(answer.status).toBe(200);
    expect(answer.text).toBe('<ListBucketResult/>');
    expect(answer.headers['content-type']).toBe('application/xml');
    expect(answer.headers['x-obs-request-id']).toBe('obs-1');
    const seen = upstream.seen.at(-1);
    expect(seen?.url).toBe('/obs/cts-archive?prefix=CloudTraces%2F&max-keys=100');
    expect(seen?.headers.date).toBe(DATE);
    expect(seen?.headers.authorization).toBe(`OBS SERVER-AK:${obsSignature(`GET\n\n\n${DATE}\n/cts-archive/`, 'server-sk')}`);
    expect(seen?.headers.cookie).toBeUndefined();
  });

  it('reads an object with its digest signature header, as bytes that cannot render', async () => {
    const key = '/CloudTraces/ap-southeast-1/2026/12/6/system/ECS/a_CloudTrace_ap-southeast-1_2026-12-06T10-00-00Z_x1.json.gz';
    const answer = await send(signingOrigin, `/obs-proxy/cts-archive${key}`, { headers: { 'x-cts-target': upstreamOrigin } });
    expect(answer.status).toBe(200);
    expect(answer.text).toBe('abc');
    expect(answer.headers['x-obs-meta-signature']).toBe('ab12');
    expect(answer.headers['content-type']).toBe('application/octet-stream');
    expect(answer.headers['set-cookie']).toBeUndefined();
    expect(answer.headers['content-security-policy']).toContain('sandbox');
    expect(upstream.seen.at(-1)?.headers.authorization).toBe(`OBS SERVER-AK:${obsSignature(`GET\n\n\n${DATE}\n/cts-archive${key}`, 'server-sk')}`);
  });

  it('says the server has no key rather than forwarding unsigned', async () => {
    const before = upstream.seen.length;
    const answer = await send(keylessOrigin, '/obs-proxy/cts-archive', { headers: { 'x-cts-target': upstreamOrigin } });
    expect(answer.status).toBe(401);
    expect(answer.json().error_code).toBe('PROXY.0401');
    expect(upstream.seen.length).toBe(before);
  });

  it('signs with the user’s temporary AK/SK and security token when the browser brings them, even without a server key', async () => {
    const answer = await send(keylessOrigin, '/obs-proxy/cts-archive?prefix=CloudTraces%2F', {
      headers: { 'x-cts-target': upstreamOrigin, 'x-temporary-access-key': 'TEMPAK', 'x-temporary-secret-key': 'temp-sk', 'x-security-token': 'sec-token' },
    });
    expect(answer.status).toBe(200);
    const seen = upstream.seen.at(-1);
    expect(seen?.headers['x-obs-security-token']).toBe('sec-token');
    expect(seen?.headers['x-temporary-secret-key']).toBeUndefined();
    expect(seen?.headers.authorization).toBe(`OBS TEMPAK:${obsSignature(`GET\n\n\n${DATE}\nx-obs-security-token:sec-token\n/cts-archive/`, 'temp-sk')}`);
  });

  it.each([
    ['a write', 'PUT', '/obs-proxy/cts-archive/k', 405, 'PROXY.0405'],
    ['another host', 'GET', '/obs-proxy/cts-archive', 403, 'PROXY.0403', 'https://evil.example'],
    ['no target', 'GET', '/obs-proxy/cts-archive', 400, 'PROXY.0400', null],
    ['a bucket name that is a host', 'GET', '/obs-proxy/evil.example%2F..', 400, 'PROXY.0404'],
    ['a dot segment', 'GET', '/obs-proxy/cts-archive/a/../../v3/x', 400, 'PROXY.0404'],
    ['a sub-resource', 'GET', '/obs-proxy/cts-archive?acl', 400, 'PROXY.0404'],
    ['a query on an object', 'GET', '/obs-proxy/cts-archive/k?uploads', 400, 'PROXY.0404'],
  ] as const)('refuses %s', async (_what, method, path, status, code, target: string | null = upstreamOrigin) => {
    const before = upstream.seen.length;
    const answer = await send(signingOrigin, path, { method, headers: target ? { 'x-cts-target': target } : {} });
    expect(answer.status).toBe(status);
    expect(answer.json().error_code).toBe(code);
    expect(upstream.seen.length).toBe(before);
  });
});

describe('OBS proxy paths', () => {
  it('takes a bucket’s listing or an object, and only the listing’s parameters', () => {
    expect(parseObsPath('/logs/a/b.json.gz')).toEqual({ bucket: 'logs', keyPath: '/a/b.json.gz', query: '' });
    expect(parseObsPath('/logs?marker=m&prefix=p')).toEqual({ bucket: 'logs', keyPath: '/', query: '?marker=m&prefix=p' });
    expect(parseObsPath('/logs?prefix=p%2F&delimiter=%2F')).toEqual({ bucket: 'logs', keyPath: '/', query: '?prefix=p%2F&delimiter=%2F' });
    expect(parseObsPath('/logs?prefix=p&acl=')).toBeNull();
    expect(parseObsPath('/Logs')).toBeNull();
  });

  it('reads a bucket in the region of the Huawei CTS endpoint named, virtual-hosted; never through IAM', () => {
    const cts = { origin: 'https://cts.ap-southeast-1.myhuaweicloud.com', host: 'cts.ap-southeast-1.myhuaweicloud.com', kind: 'cts' } as const;
    expect(bucketBase(cts, 'logs')).toEqual({ origin: 'https://logs.obs.ap-southeast-1.myhuaweicloud.com', path: '' });
    const eu = { origin: 'https://cts.eu-west-101.myhuaweicloud.eu', host: 'cts.eu-west-101.myhuaweicloud.eu', kind: 'cts' } as const;
    expect(bucketBase(eu, 'logs')?.origin).toBe('https://logs.obs.eu-west-101.myhuaweicloud.eu');
    expect(bucketBase({ origin: 'https://iam.myhuaweicloud.com', host: 'iam.myhuaweicloud.com', kind: 'iam' }, 'logs')).toBeNull();
  });
});
