import { useEffect } from 'react';
import type { Trace } from '@/api/contract/types';

/** Whether a key press belongs to a text field (or editable element) rather than to the page. */
function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/**
 * Previous/next trace in the loaded (and quick-filtered) list while the drawer is open, by the
 * drawer's buttons or `k`/`j`.
 */
export function useDrawerNavigation(rows: readonly Trace[], openId: string | undefined, go: (traceId: string) => void) {
  const index = openId ? rows.findIndex((trace) => trace.trace_id === openId) : -1;
  const previous = index > 0 ? rows[index - 1] : undefined;
  const next = index >= 0 ? rows[index + 1] : undefined;
  const previousId = previous?.trace_id;
  const nextId = next?.trace_id;

  useEffect(() => {
    if (!openId) {
      return undefined;
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) {
        return;
      }
      const target = event.key === 'j' ? nextId : event.key === 'k' ? previousId : undefined;
      if (target) {
        event.preventDefault();
        go(target);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [openId, previousId, nextId, go]);

  return {
    trace: index >= 0 ? rows[index] : undefined,
    onPrevious: previousId ? () => go(previousId) : undefined,
    onNext: nextId ? () => go(nextId) : undefined,
  };
}
