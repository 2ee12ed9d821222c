/**
 * What the builder adds to a refusal, by its error code as the tracker form does; the message is
 * shown as CTS sent it. CTS has no notification codes of its own (its error table numbers none):
 * every rule it checks on a notification answers 400 CTS.0003 without naming a field, so no
 * refusal can be placed on one field and each goes at the top of the form, input kept.
 */
export const NOTIFICATION_ERROR_HINTS: Readonly<Record<string, string>> = {
  'CTS.0003':
    'CTS found the notification invalid without naming the setting. Check the name, the operations, the users, the topic and the filter rules, then save again.',
  'CTS.MOCK.0404': 'The notification no longer exists: another session may have deleted it. Go back to the list to see the current notifications.',
};

export function notificationErrorHint(code: string | undefined): string | undefined {
  return code === undefined ? undefined : NOTIFICATION_ERROR_HINTS[code];
}
