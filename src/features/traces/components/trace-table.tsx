import { type CSSProperties, type MouseEvent, useRef, useState } from 'react';
import type { Trace } from '@/api/contract/types';
import type { TimeZoneChoice } from '@/components/time-format';
import { TraceTableHead } from '@/features/traces/components/trace-table-head';
import { TraceTableRows } from '@/features/traces/components/trace-table-rows';
import { TraceTableStyles } from '@/features/traces/components/trace-table-styles';
import { useT } from '@/i18n/use-t';
import { type ColumnWidths, type TraceColumn, type TraceColumnId, gridTemplate } from '@/features/traces/trace-columns-config';

interface TraceTableProps {
  traces: readonly Trace[];
  columns: readonly TraceColumn[];
  /** Columns the user resized. */
  widths: ColumnWidths;
  timeZone: TimeZoneChoice;
  openTraceId: string | undefined;
  onOpen: (traceId: string) => void;
  /** Scrolled near the last loaded row: load the next page. */
  onEndReached: () => void;
  onResize: (id: TraceColumnId, width: number) => void;
  onReorder: (ids: TraceColumnId[]) => void;
}

/** Rows moving under a still pointer fire mouseover too: no cell is measured until the scroll stops. */
const SCROLL_QUIET_MS = 150;

/** A cell cut short by the column shows its whole text on hover (set then, not on every row drawn). */
function showFullText(event: MouseEvent<HTMLDivElement>, lastScroll: number) {
  // Measuring forces a layout: in a scroll that would be one more per frame.
  if (performance.now() - lastScroll < SCROLL_QUIET_MS) {
    return;
  }
  const cell = (event.target as HTMLElement).closest<HTMLElement>('.trace-cell');
  if (!cell) {
    return;
  }
  const text = cell.scrollWidth > cell.clientWidth ? (cell.textContent ?? '') : '';
  if (cell.title !== text) {
    cell.title = text;
  }
}

/**
 * The loaded traces, virtualised (only the rows in view are in the DOM, so 10,000 rows stay
 * smooth) with table semantics: aria-rowcount tells assistive technology how many there are. One
 * row is in the tab order; arrow keys move between rows, Enter opens the drawer. While the view is
 * skimmed (more than a screen per frame) rows are drawn as placeholders, filled once it settles.
 */
export function TraceTable({ traces, columns, widths, timeZone, openTraceId, onOpen, onEndReached, onResize, onReorder }: TraceTableProps) {
  // State, not a ref: the rows' virtualiser needs the element, which exists only once this has rendered.
  const t = useT();
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null);
  const lastScroll = useRef(-Infinity);
  const { template, minWidth } = gridTemplate(columns, widths);

  return (
    <div
      ref={setScrollElement}
      className="trace-table"
      style={{ '--trace-columns': template, '--trace-min-width': `${minWidth}px` } as CSSProperties}
      role="table"
      aria-label={t('traces.table.label')}
      aria-rowcount={traces.length + 1}
      aria-colcount={columns.length}
      aria-busy="false"
      onScroll={() => {
        lastScroll.current = performance.now();
      }}
      onMouseOver={(event) => showFullText(event, lastScroll.current)}
    >
      <TraceTableHead columns={columns} widths={widths} timeZone={timeZone} table={scrollElement} onResize={onResize} onReorder={onReorder} />
      <TraceTableRows
        scrollElement={scrollElement}
        traces={traces}
        columns={columns}
        timeZone={timeZone}
        openTraceId={openTraceId}
        onOpen={onOpen}
        onEndReached={onEndReached}
      />
      <TraceTableStyles />
    </div>
  );
}
