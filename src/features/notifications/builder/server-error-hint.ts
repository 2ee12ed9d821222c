import { translate } from '@/i18n/i18n';
import type { MessageId, Translate } from '@/i18n/message-id';

/**
 * What the builder adds to a refusal, by its error code as the tracker form does; the message is
 * shown as CTS sent it. CTS has no notification codes of its own (its error table numbers none):
 * every rule it checks on a notification answers 400 CTS.0003 without naming a field, so no
 * refusal can be placed on one field and each goes at the top of the form, input kept.
 */
export const NOTIFICATION_ERROR_HINTS: Readonly<Record<string, MessageId>> = {
  'CTS.0003': 'notifications.form.hint.invalid',
  'CTS.MOCK.0404': 'notifications.form.hint.gone',
};

export function notificationErrorHint(code: string | undefined, t: Translate = translate): string | undefined {
  const hint = code === undefined ? undefined : NOTIFICATION_ERROR_HINTS[code];
  return hint === undefined ? undefined : t(hint);
}
