/**
 * Filters are part of query keys, normalised so that equal views give equal keys: empty values
 * are dropped and keys sorted (STYLE §4).
 */
export function normaliseFilters<T extends object>(filters: T): Partial<T> {
  const entries = Object.entries(filters)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    // Code-unit order: the keys are ASCII field names, and localeCompare's first call builds an
    // ICU collator (about 20 ms on the first screen's critical path).
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries) as Partial<T>;
}
