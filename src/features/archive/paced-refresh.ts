export interface PacedRefresh {
  /** Asks for a refresh: now when none ran in the last interval, else once at its end. */
  request(): void;
  /** Starts no more refreshes (one under way ends on its own). */
  stop(): void;
}

/**
 * Runs `refresh` when asked, never two at once and at most once per interval; the asks in between
 * fold into one run. The first ask runs at once, and so does the next one after a run that found
 * nothing to show (`refresh` resolves to false): what is waited for is the first result.
 */
export function pacedRefresh(refresh: () => Promise<boolean>, intervalMs: number): PacedRefresh {
  let wanted = false;
  let running = false;
  let stopped = false;
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const start = () => {
    timer = undefined;
    if (stopped || !wanted || running) {
      return;
    }
    const wait = last + intervalMs - Date.now();
    if (wait > 0) {
      timer = setTimeout(start, wait);
      return;
    }
    wanted = false;
    running = true;
    last = Date.now();
    void refresh()
      .then(
        (found) => {
          if (!found) {
            last = -Infinity;
          }
        },
        () => undefined,
      )
      .finally(() => {
        running = false;
        start();
      });
  };
  return {
    request() {
      wanted = true;
      if (timer === undefined && !running) {
        start();
      }
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
