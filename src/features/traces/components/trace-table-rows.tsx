import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, useCallback, useEffect, useRef, useState } from 'react';
import type { Trace } from '@/api/contract/types';
import type { TimeZoneChoice } from '@/components/time-format';
import { TraceRow } from '@/features/traces/components/trace-row';
import { useSkimming } from '@/features/traces/hooks/use-skimming';
import type { TraceColumn } from '@/features/traces/trace-columns-config';
import { useT } from '@/i18n/use-t';

export const TRACE_ROW_HEIGHT = 40;

/**
 * Rows are keyed by their place in a pool larger than any view, not by trace: a row scrolled out
 * is reused for the one scrolled in, its text replaced, instead of a new element to style and lay out.
 */
const ROW_POOL = 128;

interface TraceTableRowsProps {
  scrollElement: HTMLDivElement | null;
  traces: readonly Trace[];
  columns: readonly TraceColumn[];
  timeZone: TimeZoneChoice;
  openTraceId: string | undefined;
  onOpen: (traceId: string) => void;
  onEndReached: () => void;
}

/**
 * The table's body: the rows in view and the keys that move between them. Apart from the table
 * itself so that a scroll re-renders only this: the table's styles are not worked out again in
 * every frame.
 */
export function TraceTableRows({ scrollElement, traces, columns, timeZone, openTraceId, onOpen, onEndReached }: TraceTableRowsProps) {
  const t = useT();
  const [active, setActive] = useState(0);
  const focusPending = useRef(false);
  const virtualizer = useVirtualizer({
    count: traces.length,
    getScrollElement: () => scrollElement,
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

  useEffect(() => {
    if (last >= traces.length - 10 && (scrollElement?.scrollTop ?? 0) > 0) {
      onEndReached();
    }
  }, [scrollElement, last, traces.length, onEndReached]);

  useEffect(() => {
    // The row may be drawn only after the scroll it caused: keep trying until it is there.
    const row = focusPending.current ? scrollElement?.querySelector<HTMLElement>(`[data-index="${active}"]`) : null;
    if (row) {
      focusPending.current = false;
      row.focus();
    }
  }, [scrollElement, active, items]);

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


  useEffect(() => {
    scrollElement?.setAttribute('aria-busy', String(skimming));
  }, [scrollElement, skimming]);

  return (
    <div role="rowgroup" className="trace-body" style={{ height: virtualizer.getTotalSize(), position: 'relative' }} onKeyDown={onKeyDown}>
      {items.map((item) => {
        const trace = traces[item.index];
        return trace ? (
          <TraceRow
            key={item.index % ROW_POOL}
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
            t={t}
          />
        ) : null;
      })}
    </div>
  );
}
