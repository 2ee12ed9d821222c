import { useCallback, useState } from 'react';
import { MAX_TRACE_LIMIT, MIN_TRACE_LIMIT } from '@/api/rules/trace-query-rules';
import { type ColumnWidths, DEFAULT_COLUMN_IDS, DEFAULT_PAGE_SIZE, type TraceColumnId, cleanWidths, isTraceColumnId } from '@/features/traces/trace-columns-config';
import type { TimeZoneChoice } from '@/components/time-format';

/** Versioned: a future shape gets a new key instead of misreading this one (STYLE §6). */
export const TRACE_PREFERENCES_KEY = 'cts-console.traces.preferences.v1';

export interface TracePreferences {
  /** Visible columns, in display order. */
  columns: TraceColumnId[];
  /** Columns the user resized, in px. */
  widths: ColumnWidths;
  pageSize: number;
  timeZone: TimeZoneChoice;
}

export const DEFAULT_TRACE_PREFERENCES: TracePreferences = {
  columns: [...DEFAULT_COLUMN_IDS],
  widths: {},
  pageSize: DEFAULT_PAGE_SIZE,
  timeZone: 'local',
};

/** Whatever is stored, a usable value: unknown columns and widths dropped, an out-of-range page size replaced. */
export function readTracePreferences(raw: string | null): TracePreferences {
  let stored: Partial<Record<keyof TracePreferences, unknown>> = {};
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    stored = typeof parsed === 'object' && parsed !== null ? parsed : {};
  } catch {
    // Not JSON (edited by hand, or another version): the defaults.
  }
  const columns = Array.isArray(stored.columns) ? [...new Set(stored.columns.filter(isTraceColumnId))] : [];
  const pageSize = stored.pageSize;
  return {
    columns: columns.length > 0 ? columns : [...DEFAULT_COLUMN_IDS],
    widths: typeof stored.widths === 'object' && stored.widths !== null ? cleanWidths(stored.widths as Record<string, unknown>) : {},
    pageSize:
      typeof pageSize === 'number' && Number.isInteger(pageSize) && pageSize >= MIN_TRACE_LIMIT && pageSize <= MAX_TRACE_LIMIT
        ? pageSize
        : DEFAULT_PAGE_SIZE,
    timeZone: stored.timeZone === 'UTC' ? 'UTC' : 'local',
  };
}

/** The stored preferences, or the defaults where storage is refused. */
export function loadTracePreferences(): TracePreferences {
  try {
    return readTracePreferences(localStorage.getItem(TRACE_PREFERENCES_KEY));
  } catch {
    return DEFAULT_TRACE_PREFERENCES;
  }
}

export function useTracePreferences() {
  const [preferences, setPreferences] = useState(loadTracePreferences);
  const update = useCallback((change: Partial<TracePreferences>) => {
    setPreferences((current) => {
      const next = { ...current, ...change };
      try {
        localStorage.setItem(TRACE_PREFERENCES_KEY, JSON.stringify(next));
      } catch {
        // Storage full or refused: the choice holds for this visit.
      }
      return next;
    });
  }, []);
  return { preferences, update };
}
