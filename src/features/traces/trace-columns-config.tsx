import type { ReactNode } from 'react';
import type { Trace } from '@/api/contract/types';
import { readOnlyText } from '@/features/traces/trace-read-only';
import { TRACE_RATING_MEANINGS } from '@/features/traces/trace-rating';
import { type TimeZoneChoice, formatTime } from '@/components/time-format';
import type { MessageId, Translate } from '@/i18n/message-id';

export type TraceColumnId =
  | 'time'
  | 'trace_name'
  | 'trace_rating'
  | 'trace_type'
  | 'service_type'
  | 'resource_type'
  | 'resource_name'
  | 'resource_id'
  | 'user'
  | 'source_ip'
  | 'code'
  | 'read_only';

export interface TraceColumn {
  id: TraceColumnId;
  /** The header, a message. */
  label: MessageId;
  /** Least width in px (the row is a grid of these, sharing what is left): the defaults fit 1440 px. */
  width: number;
  /** The cell's text (words in the active language, `t`): what the quick filter searches and what the title shows in full. */
  text: (trace: Trace, zone: TimeZoneChoice, t: Translate) => string;
  /** A richer cell than the text, when there is one. */
  render?: (trace: Trace, t: Translate) => ReactNode;
}

const orDash = (value: string | undefined | null): string => (value === undefined || value === null || value === '' ? '—' : value);

/** "alice (acme)": the user, and the account's domain name that tells tenants apart. */
export function userText(trace: Trace): string {
  const name = trace.user?.name ?? trace.user?.user_name;
  const domain = trace.user?.domain?.name;
  if (!name) {
    return orDash(domain);
  }
  return domain ? `${name} (${domain})` : name;
}

/** A rating's meaning for its title; a rating this console does not know (a newer CTS) has none. */
function ratingMeaning(rating: string, t: Translate): string | undefined {
  const meaning = (TRACE_RATING_MEANINGS as Partial<Record<string, MessageId>>)[rating];
  return meaning ? t(meaning) : undefined;
}

export const TRACE_COLUMNS: readonly TraceColumn[] = [
  { id: 'time', label: 'traces.columns.time', width: 155, text: (trace, zone) => formatTime(trace.time, zone) },
  { id: 'trace_name', label: 'traces.columns.trace_name', width: 145, text: (trace) => trace.trace_name },
  {
    id: 'trace_rating',
    label: 'traces.columns.trace_rating',
    width: 100,
    text: (trace) => trace.trace_rating,
    // One plain element styled by the table (not an MUI Chip), its shape drawn by the table's CSS:
    // dozens are drawn per scrolled frame.
    render: (trace, t) => {
      const className = `trace-rating trace-rating-${trace.trace_rating}`;
      return (
        <span className={className} title={ratingMeaning(trace.trace_rating, t)}>
          {trace.trace_rating}
        </span>
      );
    },
  },
  { id: 'trace_type', label: 'traces.columns.trace_type', width: 110, text: (trace) => trace.trace_type },
  { id: 'service_type', label: 'traces.columns.service_type', width: 80, text: (trace) => trace.service_type },
  { id: 'resource_type', label: 'traces.columns.resource_type', width: 105, text: (trace) => trace.resource_type },
  { id: 'resource_name', label: 'traces.columns.resource_name', width: 130, text: (trace) => orDash(trace.resource_name) },
  { id: 'resource_id', label: 'traces.columns.resource_id', width: 180, text: (trace) => orDash(trace.resource_id) },
  { id: 'user', label: 'traces.columns.user', width: 130, text: userText },
  { id: 'source_ip', label: 'traces.columns.source_ip', width: 110, text: (trace) => orDash(trace.source_ip) },
  // `code` is a String in the reference (L1644) but may arrive as a number (choice 8).
  { id: 'code', label: 'traces.columns.code', width: 85, text: (trace) => (trace.code === undefined || trace.code === null ? '—' : String(trace.code)) },
  // Newer CTS versions say whether an operation only read (Huawei's SDK Traces.ts); absent elsewhere.
  { id: 'read_only', label: 'traces.columns.read_only', width: 90, text: (trace, _zone, t) => readOnlyText(trace.read_only, t) },
];

/** Columns left out until the user adds them: long IDs, and a field not every CTS sends. */
const OPTIONAL_COLUMN_IDS: readonly TraceColumnId[] = ['resource_id', 'read_only'];

export const DEFAULT_COLUMN_IDS: readonly TraceColumnId[] = TRACE_COLUMNS.filter((column) => !OPTIONAL_COLUMN_IDS.includes(column.id)).map(
  (column) => column.id,
);

const byId = new Map(TRACE_COLUMNS.map((column) => [column.id, column]));

export function isTraceColumnId(value: unknown): value is TraceColumnId {
  return typeof value === 'string' && byId.has(value as TraceColumnId);
}

export function columnsOf(ids: readonly TraceColumnId[]): TraceColumn[] {
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Widths the user set by resizing, in px; a column not in it keeps its default and shares what is left. */
export type ColumnWidths = Partial<Record<TraceColumnId, number>>;
export const MIN_COLUMN_WIDTH = 60;
export const MAX_COLUMN_WIDTH = 800;

export function isColumnWidth(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_COLUMN_WIDTH && value <= MAX_COLUMN_WIDTH;
}

/** Only the widths that are valid and differ from the column's default, in the columns' order (what a link carries). */
export function cleanWidths(widths: Readonly<Record<string, unknown>>): ColumnWidths {
  const clean: ColumnWidths = {};
  for (const column of TRACE_COLUMNS) {
    const width = widths[column.id];
    if (isColumnWidth(width) && width !== column.width) {
      clean[column.id] = width;
    }
  }
  return clean;
}

/** The rows' grid: a resized column is as wide as set; the others at least their default, sharing the rest. */
export function gridTemplate(columns: readonly TraceColumn[], widths: ColumnWidths): { template: string; minWidth: number } {
  const template = columns.map((column) => {
    const set = widths[column.id];
    return set === undefined ? `minmax(${column.width}px, 1fr)` : `${set}px`;
  });
  return { template: template.join(' '), minWidth: columns.reduce((sum, column) => sum + (widths[column.id] ?? column.width), 0) };
}

export const PAGE_SIZES = [10, 20, 50, 100, 200] as const;
/** The console shows 50 per page (the API's default is 10, L1610). */
export const DEFAULT_PAGE_SIZE = 50;
