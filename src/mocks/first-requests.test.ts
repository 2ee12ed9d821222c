import { getResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCtsHandlers } from '@/mocks/cts-handlers';
import { MockDb } from '@/mocks/db/mock-db';
import { type InPageMock, answerInPage } from '@/mocks/first-requests';

const ORIGIN = 'http://console.test';

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A page whose network answers 599, so that what the mock answered is told apart. */
function installPage() {
  const network = vi.fn(async (input: RequestInfo | URL) => new Response(`network: ${new Request(input).url}`, { status: 599 }));
  const page = { fetch: network as typeof fetch, location: { origin: ORIGIN } };
  vi.stubGlobal('window', page);
  return { page, network };
}

function startedMock(serviceWorker: Promise<void>): InPageMock {
  const db = new MockDb({ volume: 200 });
  const handlers = createCtsHandlers(db, { sameOrigin: ORIGIN });
  return { answer: (request) => getResponse(handlers, request), serviceWorker };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the first requests of Mock mode', () => {
  it('wait for the mock, are answered in the page by its handlers, and go to the network once its service worker answers', async () => {
    const { page, network } = installPage();
    const mock = deferred<InPageMock>();
    const worker = deferred<undefined>();
    answerInPage(mock.promise);

    const trackers = page.fetch(`${ORIGIN}/v3/project/trackers`, { headers: { 'X-Auth-Token': 'token' } });
    const asset = await page.fetch(`${ORIGIN}/assets/index.js`);
    expect(asset.status).toBe(599);

    mock.resolve(startedMock(worker.promise));
    const answer = await trackers;
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { trackers: unknown[] }).trackers.length).toBeGreaterThan(0);
    const reset = await page.fetch(`${ORIGIN}/mock/reset`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(reset.status).toBe(204);
    expect(network).toHaveBeenCalledTimes(1);

    worker.resolve(undefined);
    await vi.waitFor(async () => expect((await page.fetch(`${ORIGIN}/v3/project/trackers`)).status).toBe(599));
  });

  it('answers the simulated OBS in the page, before and after the service worker answers', async () => {
    const { page, network } = installPage();
    const worker = deferred<undefined>();
    answerInPage(Promise.resolve(startedMock(worker.promise)));
    const before = await page.fetch(`${ORIGIN}/obs/no-such-bucket?max-keys=1`);
    worker.resolve(undefined);
    await vi.waitFor(async () => expect((await page.fetch(`${ORIGIN}/v3/project/trackers`)).status).toBe(599));
    const after = await page.fetch(`${ORIGIN}/obs/no-such-bucket?max-keys=1`);
    for (const answer of [before, after]) {
      expect(answer.status).toBe(404);
      expect(await answer.text()).toContain('<Code>NoSuchBucket</Code>');
    }
    expect(network.mock.calls.map(([input]) => new Request(input).url).filter((url) => url.includes('/obs/'))).toEqual([]);
  });

  it('answers each request in a later task, never within the promises of the task that sent it', async () => {
    const { page } = installPage();
    const answered: string[] = [];
    answerInPage(
      Promise.resolve({
        answer: async (request: Request) => (answered.push(new URL(request.url).pathname), new Response('{}')),
        serviceWorker: new Promise<void>(() => undefined),
      }),
    );
    const fetching = page.fetch(`${ORIGIN}/obs/a`);
    // Every promise this task runs: a run of answers there would hold up the page's other tasks.
    for (let step = 0; step < 100; step += 1) {
      await Promise.resolve();
    }
    expect(answered).toEqual([]);
    await fetching;
    expect(answered).toEqual(['/obs/a']);
  });

  it('leaves requests to other origins, and the console proxy, to the network', async () => {
    const { page } = installPage();
    answerInPage(Promise.resolve(startedMock(new Promise(() => undefined))));
    expect((await page.fetch('https://cts.example.com/v3/project/trackers')).status).toBe(599);
    expect((await page.fetch(`${ORIGIN}/cts-proxy/v3/auth/tokens`, { method: 'POST' })).status).toBe(599);
  });

  it('fails the held requests when the mock cannot start', async () => {
    const { page } = installPage();
    answerInPage(Promise.reject(new Error('the demo data could not be built')));
    await expect(page.fetch(`${ORIGIN}/v3/project/traces`)).rejects.toThrow('could not be built');
  });
});
