import type { DataRouter } from 'react-router';

export const UNAUTHORIZED_PATH = '/settings?reason=unauthorized';

/** What the query cache does on a 401: send the user to the connection settings, with the reason. */
export function redirectToSettingsOnUnauthorized(router: Pick<DataRouter, 'state' | 'navigate'>): () => void {
  return () => {
    // Several queries can fail at once; go to the settings only once.
    if (router.state.location.pathname !== '/settings') {
      void router.navigate(UNAUTHORIZED_PATH);
    }
  };
}
