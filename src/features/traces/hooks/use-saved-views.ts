import { useCallback, useState } from 'react';
import { type TraceColumnId, isTraceColumnId } from '@/features/traces/trace-columns-config';

export const SAVED_VIEWS_KEY = 'cts-console.traces.saved-views.v1';

/** A named view: the URL's filters (without an open drawer) and the columns. */
export interface SavedView {
  name: string;
  search: string;
  columns: TraceColumnId[];
}

export function readSavedViews(raw: string | null): SavedView[] {
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    if (!Array.isArray(parsed)) {
      return [];
    }
    return parsed.flatMap((item: unknown) => {
      if (typeof item !== 'object' || item === null) {
        return [];
      }
      const { name, search, columns } = item as Record<string, unknown>;
      if (typeof name !== 'string' || !name || typeof search !== 'string') {
        return [];
      }
      return [{ name, search, columns: Array.isArray(columns) ? columns.filter(isTraceColumnId) : [] }];
    });
  } catch {
    return [];
  }
}

function load(): SavedView[] {
  try {
    return readSavedViews(localStorage.getItem(SAVED_VIEWS_KEY));
  } catch {
    return [];
  }
}

/** Saved views, kept in this browser; saving under an existing name replaces that view. */
export function useSavedViews() {
  const [views, setViews] = useState(load);
  const write = useCallback((change: (current: SavedView[]) => SavedView[]) => {
    setViews((current) => {
      const next = change(current);
      try {
        localStorage.setItem(SAVED_VIEWS_KEY, JSON.stringify(next));
      } catch {
        // Storage refused: the views hold for this visit.
      }
      return next;
    });
  }, []);
  const save = useCallback(
    (view: SavedView) => write((current) => [...current.filter((item) => item.name !== view.name), view].sort((a, b) => a.name.localeCompare(b.name))),
    [write],
  );
  const remove = useCallback((name: string) => write((current) => current.filter((item) => item.name !== name)), [write]);
  return { views, save, remove };
}
