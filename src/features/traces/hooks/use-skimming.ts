import { useCallback, useEffect, useState } from 'react';

/** How long the view must stay put before skimmed rows are drawn in full. */
export const SKIM_SETTLE_MS = 100;

interface SkimState {
  offset: number;
  skimming: boolean;
  /** The next jump is one the table makes itself (Home, End): draw its rows in full at once. */
  deliberate: boolean;
}

/**
 * Whether the table is being skimmed: its scroll offset jumped by more than a screen since the last
 * render (a dragged scrollbar, a fling), so no row stays in view for more than a frame and none can
 * be read. The table then draws light placeholder rows, and full rows once the offset moves by less
 * than a screen or stays put for SKIM_SETTLE_MS. `expectJump` marks the next jump as the table's own.
 */
export function useSkimming(offset: number, viewportHeight: number): { skimming: boolean; expectJump: () => void } {
  const [state, setState] = useState<SkimState>({ offset, skimming: false, deliberate: false });
  let { skimming } = state;
  if (state.offset !== offset) {
    // Derived from the previous render's offset, React's way: the update re-runs this render at once.
    skimming = !state.deliberate && viewportHeight > 0 && Math.abs(offset - state.offset) > viewportHeight;
    setState({ offset, skimming, deliberate: false });
  }

  useEffect(() => {
    if (!skimming) {
      return undefined;
    }
    const timer = setTimeout(() => setState((current) => ({ ...current, skimming: false })), SKIM_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [skimming, offset]);

  const expectJump = useCallback(() => setState((current) => ({ ...current, deliberate: true })), []);
  return { skimming, expectJump };
}
