/** What an empty field shows: neither hidden nor an error. */
export const EMPTY_FIELD = '—';

/**
 * A trace field as plain text, whatever type it arrives as: the reference types `code`, `request`
 * and `response` as strings but its examples send numbers and objects (choice 8).
 */
export function fieldText(value: unknown): string {
  if (value === undefined || value === null || value === '') {
    return EMPTY_FIELD;
  }
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  if (Array.isArray(value)) {
    return value.length === 0 ? EMPTY_FIELD : value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))).join(', ');
  }
  return JSON.stringify(value);
}
