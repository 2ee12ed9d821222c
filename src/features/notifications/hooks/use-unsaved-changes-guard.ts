import { useCallback, useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';

/**
 * Holds navigation away from a form with unsaved changes until the user confirms, and asks the
 * browser to warn on reload or tab close. `release()` lets the navigation that follows a save
 * through at once (a state update would only apply after it).
 */
export function useUnsavedChangesGuard(dirty: boolean) {
  const released = useRef(false);
  const active = dirty && !released.current;
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && !released.current && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!active) {
      return;
    }
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);

  const release = useCallback(() => {
    released.current = true;
  }, []);

  return { blocker, release };
}
