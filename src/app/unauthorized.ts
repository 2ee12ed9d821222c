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

/** Only a path of this console is a place to go back to (never another origin). */
export function safeReturnPath(value: string | null): string | null {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/settings') ? value : null;
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
