import { memo } from 'react';
import type { Trace } from '@/api/contract/types';
import type { TraceColumn } from '@/features/traces/trace-columns-config';
import type { TimeZoneChoice } from '@/components/time-format';
import type { Translate } from '@/i18n/message-id';

interface TraceRowProps {
  trace: Trace;
  index: number;
  columns: readonly TraceColumn[];
  timeZone: TimeZoneChoice;
  top: number;
  active: boolean;
  open: boolean;
  onOpen: (traceId: string) => void;
  onFocusRow: (index: number) => void;
  /** Drawn as a placeholder: the table is being skimmed and no row stays in view to be read. */
  skimmed: boolean;
  /** The active language's words for the cells (stable until the language changes). */
  t: Translate;
}

/**
 * One trace as a table row. Plain elements with the table's classes and as few attributes as
 * possible: a scroll replaces rows in each frame, and the cost is their style and layout. A skimmed
 * row keeps its element and attributes (focus and keys still work) but not its cells.
 */
export const TraceRow = memo(function TraceRow({ trace, index, columns, timeZone, top, active, open, onOpen, onFocusRow, skimmed, t }: TraceRowProps) {
  const className = `trace-row${open ? ' trace-row-open' : ''}${skimmed ? ' trace-row-skim' : ''}`;
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-current={open ? 'true' : undefined}
      data-index={index}
      data-trace-id={trace.trace_id}
      tabIndex={active ? 0 : -1}
      className={className}
      style={{ transform: `translateY(${top}px)` }}
      onClick={() => onOpen(trace.trace_id)}
      onFocus={() => onFocusRow(index)}
    >
      {skimmed
        ? null
        : columns.map((column) => (
            <div role="cell" key={column.id} className="trace-cell">
              {column.render ? column.render(trace, t) : column.text(trace, timeZone, t)}
            </div>
          ))}
    </div>
  );
});
