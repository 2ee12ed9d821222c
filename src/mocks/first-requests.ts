/**
 * Mock mode's first requests, before the mock's service worker answers the page. On a first visit
 * the worker takes a few hundred milliseconds to install and take control; the page does not wait
 * for it: the requests the mock serves are held until the mock has started in this page (its data
 * and handlers, tens of milliseconds), then answered there by the very same handlers, until the
 * worker answers. Every later request goes through the worker, as before (and shows in the
 * browser's network panel). Small and free of msw: the app's entry installs it before the mock's
 * own chunk has arrived; Live mode never installs it.
 */

/** What the started mock offers the page. */
export interface InPageMock {
  /** The answer of the mock's handlers, in this page; undefined when none answers (the request goes on to the network). */
  answer(request: Request): Promise<Response | undefined>;
  /** Resolves once the service worker answers the page's requests; rejects when it cannot start. */
  serviceWorker: Promise<void>;
}

/** The paths the mock serves on the console's origin: the CTS and IAM APIs, and its control API. */
const MOCK_PATH = /^\/(v3|mock)\//;
/** msw's mark of a handler that lets the request through (the console's proxy, in Mock mode). */
const PASSTHROUGH = 'x-msw-intention';

function servedByMock(request: Request): boolean {
  const url = new URL(request.url);
  return url.origin === window.location.origin && MOCK_PATH.test(url.pathname);
}

/**
 * Replaces `window.fetch` until the mock's service worker answers (then puts the browser's back):
 * requests the mock serves wait for `mock` and are answered in the page. A request whose mock
 * failed to start fails as a network error would, and the app shows why the demo could not start.
 */
export function answerInPageUntilServiceWorker(mock: Promise<InPageMock>): void {
  const networkFetch = window.fetch;
  let workerAnswers = false;
  const inPageFetch: typeof window.fetch = async (input, init) => {
    const request = new Request(input, init);
    if (workerAnswers || !servedByMock(request)) {
      return networkFetch.call(window, request);
    }
    const started = await mock;
    if (workerAnswers) {
      return networkFetch.call(window, request);
    }
    const answer = await started.answer(request.clone());
    return answer && !answer.headers.has(PASSTHROUGH) ? answer : networkFetch.call(window, request);
  };
  window.fetch = inPageFetch;
  mock
    .then((started) => started.serviceWorker)
    .then(
      () => {
        workerAnswers = true;
        if (window.fetch === inPageFetch) {
          window.fetch = networkFetch;
        }
      },
      () => undefined,
    );
}
