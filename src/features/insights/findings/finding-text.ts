import { useCallback } from 'react';
import type { FindingText } from '@/features/insights/findings/finding-types';
import type { MessageValues, Translate } from '@/i18n/message-id';
import { useT } from '@/i18n/use-t';

/** A finding's text in the language of `t`: its nested messages first, then the message itself. */
export function renderFindingText(t: Translate, text: FindingText): string {
  const values: MessageValues = {};
  for (const [name, value] of Object.entries(text.values ?? {})) {
    values[name] = typeof value === 'object' ? renderFindingText(t, value) : value;
  }
  return t(text.id, values);
}

/** Renders findings' texts in the active language (a switch re-renders). */
export function useFindingText(): (text: FindingText) => string {
  const t = useT();
  return useCallback((text: FindingText) => renderFindingText(t, text), [t]);
}
