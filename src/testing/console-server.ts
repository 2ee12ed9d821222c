import { HttpResponse, type JsonBodyType, http } from 'msw';
import { mockServer } from '@/mocks/node';

/**
 * Stands in for the console's own server in screen tests: its `/console-config.json`
 * (server/console-config.ts; `null` answers 404, as a static deployment has none) and its
 * `/cts-proxy`, recording what reaches it. Returns what was seen.
 */
export function serveConsoleConfig(config: { proxy: boolean; serverCredentials: boolean } | null): { answered: number } {
  const seen = { answered: 0 };
  mockServer.use(
    http.get('*/console-config.json', () => {
      seen.answered += 1;
      return config ? HttpResponse.json(config) : new HttpResponse(null, { status: 404 });
    }),
  );
  return seen;
}

export function recordProxyCalls(answer: JsonBodyType): Request[] {
  const seen: Request[] = [];
  mockServer.use(
    http.all('*/cts-proxy/*', ({ request }) => {
      seen.push(request);
      return HttpResponse.json(answer);
    }),
  );
  return seen;
}
