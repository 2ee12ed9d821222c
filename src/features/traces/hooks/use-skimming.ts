import { useCallback, useEffect, useState } from 'react';

/** How long the view must stay put before skimmed rows are drawn in full. */
export const SKIM_SETTLE_MS = 100;

/** Where the table's view is, and what it shows. */
export interface SkimView {
  /** Scroll offset of the view, in px. */
  offset: number;
  /** Height of the view, in px (0 before it is measured). */
  viewportHeight: number;
  /** How many rows the list has. */
  count: number;
  /** The key of its first row: another one means another list. */
  firstKey: string | undefined;
}

interface SkimState {
  offset: number;
  count: number;
  firstKey: string | undefined;
  skimming: boolean;
  /** The next jump is not the user's: the table's own (Home, End) or the browser's after the list changed. */
  deliberate: boolean;
}

/**
 * Whether the table is being skimmed: its scroll offset jumped by more than a screen since the last
 * render (a dragged scrollbar, a fling), so no row stays in view for more than a frame and none can
 * be read. The table then draws light placeholder rows, and full rows once the offset moves by less
 * than a screen or stays put for SKIM_SETTLE_MS. A list that got shorter or starts elsewhere (quick
 * filter, refresh) may move the view by itself: that jump is not skimming, nor is one the table
 * announces with `expectJump`.
 */
export function useSkimming({ offset, viewportHeight, count, firstKey }: SkimView): { skimming: boolean; expectJump: () => void } {
  const [state, setState] = useState<SkimState>({ offset, count, firstKey, skimming: false, deliberate: false });
  let { skimming } = state;
  if (state.offset !== offset || state.count !== count || state.firstKey !== firstKey) {
    // Derived from the previous render, React's way: the update re-runs this render at once.
    const listChanged = count < state.count || firstKey !== state.firstKey;
    const deliberate = state.deliberate || listChanged;
    const moved = state.offset !== offset;
    skimming = moved ? !deliberate && viewportHeight > 0 && Math.abs(offset - state.offset) > viewportHeight : state.skimming;
    setState({ offset, count, firstKey, skimming, deliberate: moved ? false : deliberate });
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
