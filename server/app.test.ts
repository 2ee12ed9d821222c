import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import { close, fakeUpstream, listen, send } from './testing/http-helpers.ts';

const PRELOAD = "try{console.info('preload')}catch(e){}";
let app: FastifyInstance;
const upstream = fakeUpstream((_req, res, seen) => {
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ received: seen.body }));
});
let upstreamOrigin = '';

function builtConsole(): string {
  const dist = mkdtempSync(join(tmpdir(), 'cts-console-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(
    join(dist, 'index.html'),
    `<!doctype html><html><head><script type="module" crossorigin src="/assets/index-abc.js"></script><script>${PRELOAD}</script></head><body><div id="root"></div></body></html>`,
  );
  writeFileSync(join(dist, 'assets', 'index-abc.js'), `export const app = '${'x'.repeat(4000)}';`);
  writeFileSync(join(dist, 'assets', 'index-abc.js.map'), '{"sources":["src/app/main.tsx"]}');
  writeFileSync(join(dist, 'mockServiceWorker.js'), 'self.addEventListener("fetch", () => {});');
  return dist;
}

beforeAll(async () => {
  upstreamOrigin = await listen(upstream.server);
  app = await buildApp({
    dist: builtConsole(),
    allowTargets: [upstreamOrigin],
    connectSources: ['http://127.0.0.1:9000'],
    signingKeys: { accessKey: 'AK', secretKey: 'SK' },
    serveSourceMaps: false,
  });
});
afterAll(async () => {
  await app.close();
  await close(upstream.server);
});

describe('the production server', () => {
  it('serves the console with a CSP allowing its preload script by hash, and the other security headers', async () => {
    const answer = await app.inject({ url: '/' });
    expect(answer.statusCode).toBe(200);
    const csp = String(answer.headers['content-security-policy']);
    const hash = createHash('sha256').update(PRELOAD).digest('base64');
    expect(csp).toContain(`script-src 'self' 'sha256-${hash}'`);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    // WebAssembly (DuckDB in the archive explorer) may compile; JavaScript eval stays refused.
    expect(csp).toMatch(/script-src[^;]*'wasm-unsafe-eval'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-eval'/);
    for (const directive of ["style-src 'self' 'unsafe-inline'", "connect-src 'self' http://127.0.0.1:9000", "worker-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"]) {
      expect(csp).toContain(directive);
    }
    expect(answer.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
      'cache-control': 'no-cache',
    });
    expect(answer.headers['permissions-policy']).toContain('camera=()');
  });

  it('answers any console route with index.html, and an unknown file with 404', async () => {
    const route = await app.inject({ url: '/trackers/system/edit?x=1' });
    expect(route.statusCode).toBe(200);
    expect(route.body).toContain('<div id="root">');
    expect((await app.inject({ url: '/assets/missing-123.js' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/v3/p/traces' })).statusCode).toBe(404);
    // The embedded mock's simulated OBS answers /obs in the page; without it, no HTML stands in for a bucket.
    expect((await app.inject({ url: '/obs/cts-audit-logs-prod' })).statusCode).toBe(404);
  });

  it('caches hashed assets for a year, compressed, and revalidates the service worker', async () => {
    const asset = await app.inject({ url: '/assets/index-abc.js', headers: { 'accept-encoding': 'gzip' } });
    expect(asset.headers).toMatchObject({ 'cache-control': 'public, max-age=31536000, immutable', 'content-encoding': 'gzip' });
    const worker = await app.inject({ url: '/mockServiceWorker.js' });
    expect(worker.headers['cache-control']).toBe('no-cache');
  });

  it('does not serve source maps by default', async () => {
    const map = await app.inject({ url: '/assets/index-abc.js.map' });
    expect(map.statusCode).toBe(404);
    expect(map.body).not.toContain('main.tsx');
  });

  it('tells the browser that the server holds the credentials', async () => {
    const config = await app.inject({ url: '/console-config.json' });
    expect(config.json()).toEqual({ proxy: true, serverCredentials: true });
  });

  it('mounts the proxy, with its refusals in the CTS error shape and the security headers', async () => {
    const refused = await app.inject({ url: '/cts-proxy/v3/p/traces', headers: { 'x-cts-target': 'https://example.com' } });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toEqual({ error_code: 'PROXY.0403', error_msg: expect.stringContaining('example.com') as string });
    expect(refused.headers['x-content-type-options']).toBe('nosniff');
    expect(refused.headers['permissions-policy']).toContain('camera=()');
  });

  it('streams a request body through the proxy untouched by any body parser', async () => {
    const origin = await app.listen({ port: 0, host: '127.0.0.1' });
    const body = JSON.stringify({ tracker_name: 'system', tracker_type: 'system' });
    const answer = await send(origin, '/cts-proxy/v3/p/tracker', {
      method: 'PUT',
      headers: { 'x-cts-target': upstreamOrigin, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      body,
    });
    expect(answer.status).toBe(200);
    expect(answer.json()).toEqual({ received: body });
    const trick = await send(origin, '/cts-proxy//other-host:9421/x', { headers: { 'x-cts-target': upstreamOrigin } });
    expect(trick.json()).toMatchObject({ error_code: 'PROXY.0404' });
    const large = await send(origin, '/cts-proxy/v3/p/tracker', {
      method: 'POST',
      headers: { 'x-cts-target': upstreamOrigin, 'content-type': 'application/json' },
      body: Buffer.alloc(2 * 1024 * 1024, 'a'),
    });
    expect(large.status).toBe(413);
    expect(upstream.seen).toHaveLength(1);
  });
});
