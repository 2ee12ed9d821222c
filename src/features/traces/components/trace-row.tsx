import { memo } from 'react';
import type { Trace } from '@/api/contract/types';
import type { TraceColumn } from '@/features/traces/trace-columns-config';
import type { TraceTimeZone } from '@/features/traces/trace-time-format';

interface TraceRowProps {
  trace: Trace;
  index: number;
  columns: readonly TraceColumn[];
  timeZone: TraceTimeZone;
  top: number;
  active: boolean;
  open: boolean;
  onOpen: (traceId: string) => void;
  onFocusRow: (index: number) => void;
}

/**
 * One trace as a table row. Plain elements with the table's classes and as few attributes as
 * possible: a fast scroll replaces every row in each frame, and the cost is their style and layout.
 */
export const TraceRow = memo(function TraceRow({ trace, index, columns, timeZone, top, active, open, onOpen, onFocusRow }: TraceRowProps) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-current={open ? 'true' : undefined}
      data-index={index}
      data-trace-id={trace.trace_id}
      tabIndex={active ? 0 : -1}
      className={open ? 'trace-row trace-row-open' : 'trace-row'}
      style={{ transform: `translateY(${top}px)` }}
      onClick={() => onOpen(trace.trace_id)}
      onFocus={() => onFocusRow(index)}
    >
      {columns.map((column) => {
        const text = column.text(trace, timeZone);
        return (
          <div role="cell" key={column.id} className="trace-cell">
            {column.render ? column.render(trace) : text}
          </div>
        );
      })}
    </div>
  );
});
