import { isObsPath } from '@/mocks/obs-path';

/**
 * Mock mode's requests that the page answers itself, with the mock's own handlers:
 * - The first ones, before the mock's service worker answers the page. On a first visit the worker
 *   takes a few hundred milliseconds to install and take control; the page does not wait for it:
 *   the requests the mock serves are held until the mock has started in this page (its data and
 *   handlers, tens of milliseconds), then answered there, until the worker answers. Every later CTS
 *   and IAM request goes through the worker (and shows in the browser's network panel).
 * - Always, the simulated OBS's (`/obs/`): an archive query or check reads hundreds of objects, and
 *   through the worker each costs four hops between threads and a stream, through the page's thread,
 *   which is the mock's too (a month's reads: 11.5 s through the worker, 5.6 s in the page). They do
 *   not show in the network panel; the standalone mock serves the same paths over HTTP.
 * Small and free of msw: the app's entry installs it before the mock's own chunk has arrived; Live
 * mode never installs it.
 */

/** What the started mock offers the page. */
export interface InPageMock {
  /** The answer of the mock's handlers, in this page; undefined when none answers (the request goes on to the network). */
  answer(request: Request): Promise<Response | undefined>;
  /** Resolves once the service worker answers the page's requests; rejects when it cannot start. */
  serviceWorker: Promise<void>;
}

/**
 * The paths the mock serves on the console's origin: CTS and IAM (v3, v3.0), its control API, its
 * simulated OBS. public/mock-service-worker.js lets msw see the same ones; a test holds both to the handlers.
 */
export const MOCK_PATH = /^\/(v3|v3\.0|mock|obs)\//;
/** msw's mark of a handler that lets the request through (the console's proxy, in Mock mode). */
const PASSTHROUGH = 'x-msw-intention';

/** Resolvers waiting for a task of their own, one per message on a channel made once. */
const nextTasks: (() => void)[] = [];
let taskChannel: MessageChannel | undefined;

/** Resolves in a task of its own (not a microtask), without setTimeout's clamping of nested timers. */
function nextTask(): Promise<void> {
  if (!taskChannel) {
    taskChannel = new MessageChannel();
    taskChannel.port1.onmessage = () => nextTasks.shift()?.();
  }
  const channel = taskChannel;
  return new Promise((resolve) => {
    nextTasks.push(resolve);
    channel.port2.postMessage(null);
  });
}

/** The mock's path of a request, or null when the mock does not serve it. */
function mockPath(request: Request): string | null {
  const url = new URL(request.url);
  return url.origin === window.location.origin && MOCK_PATH.test(url.pathname) ? url.pathname : null;
}

/**
 * Replaces `window.fetch`: requests the mock serves wait for `mock` and are answered in the page,
 * until its service worker answers them (the simulated OBS's, always). A request whose mock failed
 * to start fails as a network error would, and the app shows why the demo could not start.
 */
export function answerInPage(mock: Promise<InPageMock>): void {
  const networkFetch = window.fetch;
  let workerAnswers = false;
  const inPage = (path: string | null): path is string => path !== null && (!workerAnswers || isObsPath(path));
  const inPageFetch: typeof window.fetch = async (input, init) => {
    const request = new Request(input, init);
    const path = mockPath(request);
    if (!inPage(path)) {
      return networkFetch.call(window, request);
    }
    const started = await mock;
    if (!inPage(path)) {
      return networkFetch.call(window, request);
    }
    // Each answer in a task of its own, as a server's would arrive: a run of requests answered in
    // one run of promises would hold up the page's other tasks (a worker's message, a click, a
    // paint) until the last.
    await nextTask();
    const answer = await started.answer(request.clone());
    return answer && !answer.headers.has(PASSTHROUGH) ? answer : networkFetch.call(window, request);
  };
  window.fetch = inPageFetch;
  mock
    .then((started) => started.serviceWorker)
    .then(
      () => {
        workerAnswers = true;
      },
      () => undefined,
    );
}
