/** How often a long read's progress is drawn: a render per file read costs more than the read. */
const PROGRESS_INTERVAL_MS = 100;

export interface PacedProgress<T> {
  /** Keeps the newest progress; it is drawn at the end of the current interval. */
  report(progress: T): void;
  /** The newest progress reported, drawn or not. */
  readonly latest: T | null;
  /** Draws nothing more. */
  stop(): void;
}

/** Draws the newest of the progress reported, at most once per interval. */
export function pacedProgress<T>(draw: (progress: T) => void, intervalMs = PROGRESS_INTERVAL_MS): PacedProgress<T> {
  let latest: T | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    report(progress) {
      latest = progress;
      timer ??= setTimeout(() => {
        timer = undefined;
        if (latest !== null) {
          draw(latest);
        }
      }, intervalMs);
    },
    get latest() {
      return latest;
    },
    stop() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
