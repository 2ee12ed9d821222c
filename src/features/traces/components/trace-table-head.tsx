import { type DragEvent, type KeyboardEvent, type PointerEvent, useRef, useState } from 'react';
import { type TimeZoneChoice, zoneLabel } from '@/components/time-format';
import {
  type ColumnWidths,
  MAX_COLUMN_WIDTH,
  MIN_COLUMN_WIDTH,
  type TraceColumn,
  type TraceColumnId,
  gridTemplate,
} from '@/features/traces/trace-columns-config';
import { useT } from '@/i18n/use-t';

interface TraceTableHeadProps {
  columns: readonly TraceColumn[];
  widths: ColumnWidths;
  timeZone: TimeZoneChoice;
  /** The table: while a resize is dragged only its column variables change, then the width is kept. */
  table: HTMLDivElement | null;
  onResize: (id: TraceColumnId, width: number) => void;
  /** A header dragged onto another: the columns in their new order. */
  onReorder: (ids: TraceColumnId[]) => void;
}

const KEY_STEP = 10;
const SHIFT_KEY_STEP = 50;

const clamp = (width: number) => Math.round(Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, width)));

/** `ids` with `moved` put where `target` is. */
export function moveColumn(ids: readonly TraceColumnId[], moved: TraceColumnId, target: TraceColumnId): TraceColumnId[] {
  const next = ids.filter((id) => id !== moved);
  next.splice(ids.indexOf(target), 0, moved);
  return next;
}

/**
 * The header row. A header can be dragged onto another to move its column (the "Columns" dialog's
 * buttons do the same from the keyboard); the separator at its right edge resizes it, by pointer or
 * by arrow keys. Widths are the table's variables, never a style on each row.
 */
export function TraceTableHead({ columns, widths, timeZone, table, onResize, onReorder }: TraceTableHeadProps) {
  const t = useT();
  const dragged = useRef<TraceColumnId | null>(null);
  const resizing = useRef<{ id: TraceColumnId; startX: number; startWidth: number; width: number } | null>(null);
  const [dropTarget, setDropTarget] = useState<TraceColumnId | null>(null);
  const ids = columns.map((column) => column.id);

  /** A column's width as drawn: where no width is set, its default share of the row. */
  const drawnWidth = (element: HTMLElement) => element.closest<HTMLElement>('[role="columnheader"]')?.getBoundingClientRect().width ?? MIN_COLUMN_WIDTH;

  const startResize = (event: PointerEvent<HTMLDivElement>, id: TraceColumnId) => {
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    const startWidth = widths[id] ?? drawnWidth(event.currentTarget);
    resizing.current = { id, startX: event.clientX, startWidth, width: clamp(startWidth) };
  };
  const moveResize = (event: PointerEvent<HTMLDivElement>) => {
    const current = resizing.current;
    if (!current || !table) {
      return;
    }
    current.width = clamp(current.startWidth + event.clientX - current.startX);
    // One style change on the table per pointer move; React renders nothing until the drag ends.
    const grid = gridTemplate(columns, { ...widths, [current.id]: current.width });
    table.style.setProperty('--trace-columns', grid.template);
    table.style.setProperty('--trace-min-width', `${grid.minWidth}px`);
  };
  const endResize = () => {
    const current = resizing.current;
    resizing.current = null;
    if (current) {
      onResize(current.id, current.width);
    }
  };
  const resizeByKey = (event: KeyboardEvent<HTMLDivElement>, id: TraceColumnId) => {
    const step = event.shiftKey ? SHIFT_KEY_STEP : KEY_STEP;
    const by = { ArrowRight: step, ArrowUp: step, ArrowLeft: -step, ArrowDown: -step }[event.key];
    if (by === undefined) {
      return;
    }
    event.preventDefault();
    onResize(id, clamp((widths[id] ?? drawnWidth(event.currentTarget)) + by));
  };

  const drop = (event: DragEvent<HTMLDivElement>, target: TraceColumnId) => {
    event.preventDefault();
    const moved = dragged.current;
    dragged.current = null;
    setDropTarget(null);
    if (moved && moved !== target) {
      onReorder(moveColumn(ids, moved, target));
    }
  };

  return (
    <div role="rowgroup" className="trace-head-group">
      <div role="row" aria-rowindex={1} className="trace-row trace-head">
        {columns.map((column) => {
          const label = column.id === 'time' ? t('traces.columns.timeWithZone', { zone: zoneLabel(timeZone) }) : t(column.label);
          const width = widths[column.id];
          const className = `trace-cell trace-head-cell${dropTarget === column.id ? ' trace-head-drop' : ''}`;
          return (
            <div
              role="columnheader"
              key={column.id}
              className={className}
              draggable
              title={t('traces.columns.dragTitle', { label })}
              onDragStart={(event) => {
                // A press on the separator resizes: it does not move the column.
                if (resizing.current) {
                  event.preventDefault();
                  return;
                }
                dragged.current = column.id;
                event.dataTransfer.effectAllowed = 'move';
                event.dataTransfer.setData('text/plain', column.id);
              }}
              onDragOver={(event) => {
                if (dragged.current) {
                  event.preventDefault();
                  setDropTarget(column.id);
                }
              }}
              onDragLeave={() => setDropTarget((current) => (current === column.id ? null : current))}
              onDrop={(event) => drop(event, column.id)}
              onDragEnd={() => {
                dragged.current = null;
                setDropTarget(null);
              }}
            >
              <span className="trace-head-label">{label}</span>
              <div
                role="separator"
                aria-orientation="vertical"
                aria-label={t('traces.columns.resize', { label: t(column.label) })}
                aria-valuenow={width ?? column.width}
                aria-valuemin={MIN_COLUMN_WIDTH}
                aria-valuemax={MAX_COLUMN_WIDTH}
                aria-valuetext={width === undefined ? t('traces.columns.widthShared', { width: column.width }) : t('traces.columns.width', { width })}
                tabIndex={0}
                className="trace-resizer"
                onPointerDown={(event) => startResize(event, column.id)}
                onPointerMove={moveResize}
                onPointerUp={endResize}
                onPointerCancel={endResize}
                onKeyDown={(event) => resizeByKey(event, column.id)}
                onClick={(event) => event.stopPropagation()}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
