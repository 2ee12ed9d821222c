import { TRACE_RATINGS, TRACE_TYPES } from '@/api/contract/enums';
import {
  DEFAULT_TRACE_TYPE,
  DEFAULT_TRACE_WINDOW,
  TEXT_TRACE_FILTERS,
  TRACE_NAME_PATTERN,
  TRACE_TIMESTAMP_PATTERN,
  type TraceCriteria,
  type TraceWindow,
  inapplicableFilters,
  isTraceRange,
  omitFilters,
} from '@/api/rules/trace-query-rules';
import {
  type ColumnWidths,
  DEFAULT_COLUMN_IDS,
  TRACE_COLUMNS,
  type TraceColumnId,
  cleanWidths,
  isColumnWidth,
  isTraceColumnId,
} from '@/features/traces/trace-columns-config';
import { fitWindow } from '@/features/traces/trace-time-range';
import type { Message, MessageId, MessageValues } from '@/i18n/message-id';

/** The whole view of the list screen as the URL holds it. */
export interface TraceListState {
  criteria: TraceCriteria;
  window: TraceWindow;
  /** The trace open in the drawer. */
  trace?: string;
  /** Columns shown, in order, when the link sets them; otherwise the user's own. */
  columns?: TraceColumnId[];
  /** Resized columns' widths when the link sets them; otherwise the user's own. */
  widths?: ColumnWidths;
}

export const DEFAULT_CRITERIA: TraceCriteria = { trace_type: DEFAULT_TRACE_TYPE };

const MAX_TEXT = 1024;

/**
 * A URL parameter's reader: the value, or undefined when malformed. Plain functions rather than
 * zod: zod's core weighs ~19 kB gzip, more than this first screen can carry (budget 200 kB).
 */
type ParamReader<T> = (raw: string) => T | undefined;

const text: ParamReader<string> = (raw) => {
  const value = raw.trim();
  return value && value.length <= MAX_TEXT ? value : undefined;
};
const oneOf =
  <T extends string>(values: readonly T[]): ParamReader<T> =>
  (raw) =>
    values.find((value) => value === raw);
const COLUMN_IDS = TRACE_COLUMNS.map((column) => column.id).join(', ');
const columnList: ParamReader<TraceColumnId[]> = (raw) => {
  const ids = raw.split(',');
  return ids.every(isTraceColumnId) && new Set(ids).size === ids.length ? ids : undefined;
};
/** `user:240,source_ip:150`: each a known column, once, 60–800 whole px. */
const widthList: ParamReader<ColumnWidths> = (raw) => {
  const widths: ColumnWidths = {};
  for (const pair of raw.split(',')) {
    const [id, text = '', extra] = pair.split(':');
    const width = /^\d{1,4}$/.test(text) ? Number(text) : Number.NaN;
    if (extra !== undefined || !isTraceColumnId(id) || id in widths || !isColumnWidth(width)) {
      return undefined;
    }
    widths[id] = width;
  }
  return widths;
};
const sameColumns = (a: readonly TraceColumnId[], b: readonly TraceColumnId[]) => a.length === b.length && a.every((id, index) => id === b[index]);
const traceName: ParamReader<string> = (raw) => (TRACE_NAME_PATTERN.test(raw) ? raw : undefined);
const timestamp: ParamReader<number> = (raw) => (TRACE_TIMESTAMP_PATTERN.test(raw) ? Number(raw) : undefined);

/** Reads a parameter; a malformed one is noted with `why`, a message given the name, the value and `values`. */
type Read = <T>(name: string, reader: ParamReader<T>, why: MessageId, values?: MessageValues) => T | undefined;

export interface ParsedTraceSearch {
  state: TraceListState;
  /** One sentence per parameter that was malformed and fell back to its default (shown in the active language). */
  notices: Message[];
}

/** Reads the URL; a malformed parameter falls back to its default with a notice, never an error. */
export function parseTraceSearch(params: URLSearchParams, now: number): ParsedTraceSearch {
  const notices: Message[] = [];
  const read: Read = (name, reader, why, values) => {
    const raw = params.get(name);
    if (raw === null || raw === '') {
      return undefined;
    }
    const value = reader(raw);
    if (value === undefined) {
      notices.push({ id: why, values: { name, value: raw.slice(0, 80), ...values } });
    }
    return value;
  };

  let criteria: TraceCriteria = {
    trace_type: read('trace_type', oneOf(TRACE_TYPES), 'traces.link.ignored.traceType') ?? DEFAULT_TRACE_TYPE,
  };
  for (const name of TEXT_TRACE_FILTERS) {
    const value = read(name, text, 'traces.link.ignored.text', { max: MAX_TEXT });
    if (value !== undefined) {
      criteria[name] = value;
    }
  }
  if (criteria.trace_name !== undefined && traceName(criteria.trace_name) === undefined) {
    notices.push({ id: 'traces.link.ignored.traceName', values: { value: criteria.trace_name.slice(0, 80) } });
    delete criteria.trace_name;
  }
  const rating = read('trace_rating', oneOf(TRACE_RATINGS), 'traces.link.ignored.rating');
  if (rating !== undefined) {
    criteria.trace_rating = rating;
  }
  const setAside = inapplicableFilters(criteria);
  // For management traces that is a tracker_name, said nothing of: they are always the management tracker's (L1602).
  if (criteria.trace_type === 'data' && setAside.length > 0) {
    notices.push({ id: 'traces.link.ignored.managementOnly', values: { names: setAside.join(', '), count: setAside.length } });
  }
  criteria = omitFilters(criteria, setAside);

  const trace = read('trace', text, 'traces.link.ignored.trace');
  const columns = read('columns', columnList, 'traces.link.ignored.columns', { ids: COLUMN_IDS });
  const widths = read('widths', widthList, 'traces.link.ignored.widths');
  return {
    state: {
      criteria,
      window: readWindow(params, now, read, notices),
      ...(trace ? { trace } : {}),
      ...(columns ? { columns } : {}),
      ...(widths ? { widths } : {}),
    },
    notices,
  };
}

function readWindow(
  params: URLSearchParams,
  now: number,
  read: Read,
  notices: Message[],
): TraceWindow {
  const from = read('from', timestamp, 'traces.link.ignored.timestamp');
  const to = read('to', timestamp, 'traces.link.ignored.timestamp');
  if (from !== undefined && to !== undefined) {
    const fitted = fitWindow(from, to, now);
    if (fitted.notice) {
      notices.push({ id: fitted.notice });
    }
    return fitted.window ?? DEFAULT_TRACE_WINDOW;
  }
  if (from !== undefined || to !== undefined) {
    notices.push({ id: 'traces.link.incompleteRange' });
    return DEFAULT_TRACE_WINDOW;
  }
  const range = params.get('range');
  if (range !== null && range !== '') {
    if (isTraceRange(range)) {
      return { range };
    }
    notices.push({ id: 'traces.link.ignored.range', values: { value: range.slice(0, 80) } });
  }
  return DEFAULT_TRACE_WINDOW;
}

/** The canonical URL of a view: defaults left out, parameters in a fixed order. */
export function toTraceSearch(state: TraceListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.criteria.trace_type !== 'system') {
    params.set('trace_type', state.criteria.trace_type);
  }
  for (const name of [...TEXT_TRACE_FILTERS, 'trace_rating'] as const) {
    const value = state.criteria[name];
    if (value) {
      params.set(name, value);
    }
  }
  if ('range' in state.window) {
    if (state.window.range !== DEFAULT_TRACE_WINDOW.range) {
      params.set('range', state.window.range);
    }
  } else {
    params.set('from', String(state.window.from));
    params.set('to', String(state.window.to));
  }
  if (state.columns && !sameColumns(state.columns, DEFAULT_COLUMN_IDS)) {
    params.set('columns', state.columns.join(','));
  }
  const widths = Object.entries(cleanWidths(state.widths ?? {}));
  if (widths.length > 0) {
    params.set('widths', widths.map(([id, width]) => `${id}:${width}`).join(','));
  }
  if (state.trace) {
    params.set('trace', state.trace);
  }
  return params;
}
