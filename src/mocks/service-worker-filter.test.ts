import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import type { RequestHandler } from 'msw';
import { describe, expect, it } from 'vitest';
import { createCtsHandlers } from '@/mocks/cts-handlers';
import { MockDb } from '@/mocks/db/mock-db';
import { MOCK_PATH } from '@/mocks/first-requests';

const ORIGIN = 'https://console.example.com';
const SCRIPT = readFileSync(new URL('../../public/mock-service-worker.js', import.meta.url), 'utf8');

/** public/mock-service-worker.js evaluated in a stand-in service worker scope served from `base`. */
function serviceWorker(base: string) {
  const listeners: ((event: unknown) => void)[] = [];
  const imported: string[] = [];
  const scope = {
    location: { href: `${ORIGIN}${base}mock-service-worker.js`, origin: ORIGIN },
    addEventListener: (type: string, listener: (event: unknown) => void) => type === 'fetch' && listeners.push(listener),
    importScripts: (url: string) => imported.push(url),
  };
  runInNewContext(SCRIPT, { self: scope, URL, importScripts: scope.importScripts });
  /** Whether msw's listener (imported after this one) would see a request to `url`. */
  const reachesMsw = (url: string) => {
    let stopped = false;
    for (const listener of listeners) {
      listener({ request: { url }, stopImmediatePropagation: () => (stopped = true) });
    }
    return !stopped;
  };
  return { reachesMsw, imported };
}

describe('the mock’s service worker', () => {
  it('is msw’s worker, imported after its own fetch listener', () => {
    expect(serviceWorker('/').imported).toEqual(['./mockServiceWorker.js']);
  });

  it('lets msw see every path the mock’s handlers answer', () => {
    const { reachesMsw } = serviceWorker('/');
    const handlers: RequestHandler[] = createCtsHandlers(new MockDb({ volume: 50 }), { sameOrigin: ORIGIN });
    const paths = handlers.map((handler) => String((handler.info as unknown as { path: unknown }).path));
    expect(paths.length).toBeGreaterThan(3);
    for (const path of paths) {
      const url = path.startsWith('*') ? `${ORIGIN}${path.slice(1).replace(/\*$/, 'x').replace(/:(\w+)/g, '$1')}` : path;
      expect(reachesMsw(url), path).toBe(true);
      // The page's own list (its first requests, answered before the worker does) is the same.
      expect(MOCK_PATH.test(new URL(url).pathname), path).toBe(true);
    }
    expect(reachesMsw(`${ORIGIN}/obs/cts-audit-logs/CloudTraces/cn-north-4/2026/12/1/system/x.json.gz`)).toBe(true);
    expect(reachesMsw(`${ORIGIN}/v3.0/OS-CREDENTIAL/securitytokens`)).toBe(true);
  });

  it('sends the app’s own files, the console’s proxies and other origins’ mocked APIs the usual way', () => {
    const { reachesMsw } = serviceWorker('/');
    expect(reachesMsw(`${ORIGIN}/assets/index-abc.js`)).toBe(false);
    expect(reachesMsw(`${ORIGIN}/assets/duckdb-eh-abc.wasm`)).toBe(false);
    expect(reachesMsw(`${ORIGIN}/traces`)).toBe(false);
    expect(reachesMsw(`${ORIGIN}/cts-proxy/v3/auth/tokens`)).toBe(false);
    expect(reachesMsw(`${ORIGIN}/obs-proxy/bucket/key`)).toBe(false);
    // A handler matches `*/v3/...` on any origin: msw decides those.
    expect(reachesMsw('https://cts.cn-north-4.myhuaweicloud.com/v3/p/traces')).toBe(true);
  });

  it('reads the mock’s paths under the base the console is served from', () => {
    const { reachesMsw } = serviceWorker('/console/');
    expect(reachesMsw(`${ORIGIN}/console/v3/p/trackers`)).toBe(true);
    expect(reachesMsw(`${ORIGIN}/console/assets/index-abc.js`)).toBe(false);
    expect(reachesMsw(`${ORIGIN}/v3/p/trackers`)).toBe(false);
  });
});
