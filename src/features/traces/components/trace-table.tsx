import Box from '@mui/material/Box';
import { type MouseEvent, useRef, useState } from 'react';
import type { Trace } from '@/api/contract/types';
import { type TimeZoneChoice, zoneLabel } from '@/components/time-format';
import { TRACE_ROW_HEIGHT, TraceTableRows } from '@/features/traces/components/trace-table-rows';
import type { TraceColumn } from '@/features/traces/trace-columns-config';

interface TraceTableProps {
  traces: readonly Trace[];
  columns: readonly TraceColumn[];
  timeZone: TimeZoneChoice;
  openTraceId: string | undefined;
  onOpen: (traceId: string) => void;
  /** Scrolled near the last loaded row: load the next page. */
  onEndReached: () => void;
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
export function TraceTable({ traces, columns, timeZone, openTraceId, onOpen, onEndReached }: TraceTableProps) {
  // State, not a ref: the rows' virtualiser needs the element, which exists only once this has rendered.
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null);
  const lastScroll = useRef(-Infinity);
  const template = columns.map((column) => `minmax(${column.width}px, 1fr)`).join(' ');
  const minWidth = columns.reduce((sum, column) => sum + column.width, 0);

  return (
    <Box
      ref={setScrollElement}
      role="table"
      aria-label="Traces"
      aria-rowcount={traces.length + 1}
      aria-colcount={columns.length}
      aria-busy="false"
      onScroll={() => {
        lastScroll.current = performance.now();
      }}
      onMouseOver={(event) => showFullText(event, lastScroll.current)}
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
        // Shape as well as colour tells ratings apart; the symbol is not read out (empty alt text).
        '& .trace-rating-normal': { borderColor: 'divider', '&::before': { content: '"○ " / ""' } },
        '& .trace-rating-warning': { borderColor: 'warning.main', color: 'warning.main', '&::before': { content: '"▲ " / ""' } },
        '& .trace-rating-incident': { borderColor: 'error.main', color: 'error.main', fontWeight: 600, '&::before': { content: '"■ " / ""' } },
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
      <TraceTableRows
        scrollElement={scrollElement}
        traces={traces}
        columns={columns}
        timeZone={timeZone}
        openTraceId={openTraceId}
        onOpen={onOpen}
        onEndReached={onEndReached}
      />
    </Box>
  );
}
