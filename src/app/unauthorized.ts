import type { DataRouter } from 'react-router';
import { isApiError, type UnauthorizedReason, unauthorizedReason } from '@/api/errors';

const REASONS: readonly UnauthorizedReason[] = ['no-token', 'expired', 'refused'];

/** The settings page, told why the credentials failed and which screen to go back to after signing in. */
export function unauthorizedPath(error: unknown, from: string): string {
  const reason = isApiError(error) ? unauthorizedReason(error) : 'refused';
  const query = new URLSearchParams({ reason });
  if (from && !from.startsWith('/settings')) {
    query.set('from', from);
  }
  return `/settings?${query.toString()}`;
}

/** The reason in a settings URL; the older `reason=unauthorized` reads as a refusal. */
export function readUnauthorizedReason(value: string | null): UnauthorizedReason | null {
  if (value === 'unauthorized') {
    return 'refused';
  }
  return REASONS.find((reason) => reason === value) ?? null;
}

const THIS_CONSOLE = 'http://console.invalid';

/**
 * Only a path of this console is a place to go back to, never another origin. The value is read as
 * the browser would read it: `/\evil.example` and `/\t/evil.example` are other origins to a URL parser.
 */
export function safeReturnPath(value: string | null): string | null {
  if (!value?.startsWith('/')) {
    return null;
  }
  let url: URL;
  try {
    url = new URL(value, THIS_CONSOLE);
  } catch {
    return null;
  }
  if (url.origin !== THIS_CONSOLE || url.pathname === '/settings' || url.pathname.startsWith('/settings/')) {
    return null;
  }
  return `${url.pathname}${url.search}${url.hash}`;
}

/** What the query cache does on a 401: send the user to the connection settings, with the reason and the way back. */
export function redirectToSettingsOnUnauthorized(router: Pick<DataRouter, 'state' | 'navigate'>): (error: unknown) => void {
  return (error) => {
    // Several queries can fail at once; go to the settings only once.
    const { pathname, search } = router.state.location;
    if (pathname !== '/settings') {
      void router.navigate(unauthorizedPath(error, `${pathname}${search}`));
    }
  };
}
