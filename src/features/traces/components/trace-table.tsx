import Box from '@mui/material/Box';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, type MouseEvent, useCallback, useEffect, useRef, useState } from 'react';
import type { Trace } from '@/api/contract/types';
import { TraceRow } from '@/features/traces/components/trace-row';
import { useSkimming } from '@/features/traces/hooks/use-skimming';
import type { TraceColumn } from '@/features/traces/trace-columns-config';
import { type TimeZoneChoice, zoneLabel } from '@/components/time-format';

export const TRACE_ROW_HEIGHT = 40;

interface TraceTableProps {
  traces: readonly Trace[];
  columns: readonly TraceColumn[];
  timeZone: TimeZoneChoice;
  openTraceId: string | undefined;
  onOpen: (traceId: string) => void;
  /** Scrolled near the last loaded row: load the next page. */
  onEndReached: () => void;
}

/** A cell cut short by the column shows its whole text on hover (set then, not on every row drawn). */
function showFullText(event: MouseEvent<HTMLDivElement>) {
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
export function TraceTable({ traces, columns, timeZone, openTraceId, onOpen, onEndReached }: TraceTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const focusPending = useRef(false);
  const virtualizer = useVirtualizer({
    count: traces.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => TRACE_ROW_HEIGHT,
    // A small margin: each extra row is restyled in every frame of a fast scroll.
    overscan: 3,
    scrollPaddingStart: TRACE_ROW_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const { skimming, expectJump } = useSkimming({
    offset: virtualizer.scrollOffset ?? 0,
    viewportHeight: virtualizer.scrollRect?.height ?? 0,
    count: traces.length,
    firstKey: traces[0]?.trace_id,
  });
  const last = items.at(-1)?.index ?? -1;
  const template = columns.map((column) => `minmax(${column.width}px, 1fr)`).join(' ');
  const minWidth = columns.reduce((sum, column) => sum + column.width, 0);

  useEffect(() => {
    if (last >= traces.length - 10 && (scrollRef.current?.scrollTop ?? 0) > 0) {
      onEndReached();
    }
  }, [last, traces.length, onEndReached]);

  useEffect(() => {
    // The row may be drawn only after the scroll it caused: keep trying until it is there.
    const row = focusPending.current ? scrollRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`) : null;
    if (row) {
      focusPending.current = false;
      row.focus();
    }
  }, [active, items]);

  const move = (index: number) => {
    const next = Math.max(0, Math.min(traces.length - 1, index));
    focusPending.current = true;
    expectJump();
    virtualizer.scrollToIndex(next);
    setActive(next);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    const index = Number(row?.dataset.index ?? active);
    const steps: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
    if (event.key === 'Enter' && row?.dataset.traceId) {
      event.preventDefault();
      onOpen(row.dataset.traceId);
    } else if (event.key in steps) {
      event.preventDefault();
      move(index + (steps[event.key] ?? 0));
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      move(event.key === 'Home' ? 0 : traces.length - 1);
    }
  };
  const onFocusRow = useCallback((index: number) => setActive(index), []);

  return (
    <Box
      ref={scrollRef}
      role="table"
      aria-label="Traces"
      aria-rowcount={traces.length + 1}
      aria-colcount={columns.length}
      aria-busy={skimming}
      onKeyDown={onKeyDown}
      onMouseOver={showFullText}
      sx={(theme) => ({
        overflow: 'auto',
        maxHeight: 'max(360px, calc(100vh - 320px))',
        position: 'relative',
        typography: 'body2',
        '& .trace-row': {
          display: 'grid',
          gridTemplateColumns: template,
          minWidth,
          alignItems: 'center',
          height: TRACE_ROW_HEIGHT,
          borderBottom: 1,
          borderColor: 'divider',
          cursor: 'pointer',
        },
        // Rows are laid out and painted on their own: scrolling replaces dozens of them per frame.
        '& .trace-body .trace-row': { position: 'absolute', top: 0, left: 0, right: 0, contain: 'strict' },
        '& .trace-body .trace-row:hover': { bgcolor: 'action.hover' },
        '& .trace-row:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 },
        '& .trace-row-open': { bgcolor: 'action.selected' },
        // A skimmed row is one element with a bar drawn by its background, instead of a dozen cells.
        '& .trace-row-skim': {
          backgroundImage: `linear-gradient(${theme.vars.palette.action.hover}, ${theme.vars.palette.action.hover})`,
          backgroundRepeat: 'no-repeat',
          backgroundPosition: '12px center',
          backgroundSize: 'min(60%, 640px) 10px',
        },
        // `unicode-bidi: plaintext` gives each cell the direction of its own text (names may be
        // Arabic or Hebrew) without a `dir` attribute per cell; a fixed padding, not the theme's
        // spacing variable, spares the style engine a var() per cell.
        '& .trace-cell': { px: '12px', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0, unicodeBidi: 'plaintext' },
        '& .trace-rating': { display: 'inline-block', px: 1, borderRadius: 4, border: 1, lineHeight: '20px', fontSize: '0.8125rem' },
        '& .trace-rating-normal': { borderColor: 'divider' },
        '& .trace-rating-warning': { borderColor: 'warning.main', color: 'warning.main' },
        '& .trace-rating-incident': { borderColor: 'error.main', color: 'error.main', fontWeight: 600 },
        // The header's group sticks, not its row: a sticky element cannot leave its parent.
        '& .trace-head-group': { position: 'sticky', top: 0, zIndex: 1 },
        '& .trace-head': { bgcolor: 'background.paper', fontWeight: 600, cursor: 'default' },
      })}
    >
      <div role="rowgroup" className="trace-head-group">
        <div role="row" aria-rowindex={1} className="trace-row trace-head">
          {columns.map((column) => (
            <div role="columnheader" key={column.id} className="trace-cell">
              {column.id === 'time' ? `Time (${zoneLabel(timeZone)})` : column.label}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" className="trace-body" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const trace = traces[item.index];
          return trace ? (
            <TraceRow
              key={trace.trace_id}
              trace={trace}
              index={item.index}
              columns={columns}
              timeZone={timeZone}
              top={item.start}
              active={item.index === Math.min(active, traces.length - 1)}
              open={trace.trace_id === openTraceId}
              onOpen={onOpen}
              onFocusRow={onFocusRow}
              skimmed={skimming}
            />
          ) : null;
        })}
      </div>
    </Box>
  );
}
