import type { KeyboardEvent } from 'react';

/** Keys typed into a field belong to the field. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) {
    return false;
  }
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.getAttribute('role') === 'combobox';
}

/**
 * `j` = next (older) trace, `k` = previous (newer), as in mail and log readers. Bound on the
 * drawer, which keeps the focus while open (modal). A handled key goes no further, so a listener
 * of the list page for the same keys does not move a second time.
 */
export function traceNavigationKeyHandler(onPrevious: (() => void) | undefined, onNext: (() => void) | undefined) {
  return (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) {
      return;
    }
    const action = event.key === 'j' ? onNext : event.key === 'k' ? onPrevious : undefined;
    if (action) {
      event.preventDefault();
      event.stopPropagation();
      action();
    }
  };
}
