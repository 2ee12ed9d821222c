import type { Translate } from '@/i18n/message-id';

/** `read_only` as words; a CTS that does not send it gives a dash. */
export function readOnlyText(readOnly: boolean | undefined, t: Translate): string {
  if (readOnly === undefined) {
    return '—';
  }
  return readOnly ? t('traces.readOnly.yes') : t('traces.readOnly.no');
}
