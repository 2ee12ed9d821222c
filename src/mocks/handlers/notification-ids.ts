const SURROUNDING_QUOTES = /^(["'])(.*)\1$/s;

function stripQuotes(text: string): string {
  return text.trim().replace(SURROUNDING_QUOTES, '$2').trim();
}

/**
 * The `notification_id` query value of deleteNotification (L1302): one ID or several separated
 * by commas. The value arrives already percent-decoded (URLSearchParams), so the SDK's `a%2Cb`
 * reads as `a,b`. The reference prints it as `notification_id="xxx1,ccc2"`: the quotes are
 * presentational and stripped, around the whole value or around each ID (choice 31). Empty items
 * and repeats are dropped.
 */
export function parseNotificationIds(value: string | null): string[] {
  if (value === null) {
    return [];
  }
  const ids = stripQuotes(value)
    .split(',')
    .map(stripQuotes)
    .filter((id) => id !== '');
  return [...new Set(ids)];
}
