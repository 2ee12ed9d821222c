/**
 * The label of an enumeration value the console knows; a value it does not know (a newer CTS may
 * send one) verbatim, so the screen shows what CTS said instead of an empty cell or "undefined".
 */
export function knownLabel<Value extends string>(labels: Readonly<Record<Value, string>>, value: string | undefined): string {
  if (value === undefined || value === '') {
    return '—';
  }
  return isKnown(labels, value) ? labels[value] : value;
}

export function isKnown<Value extends string>(labels: Readonly<Record<Value, unknown>>, value: string | undefined): value is Value {
  return value !== undefined && Object.hasOwn(labels, value);
}
