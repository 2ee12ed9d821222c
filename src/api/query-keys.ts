/**
 * Filters are part of query keys, normalised so that equal views give equal keys: empty values
 * are dropped and keys sorted (STYLE §4).
 */
export function normaliseFilters<T extends object>(filters: T): Partial<T> {
  const entries = Object.entries(filters)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .sort(([a], [b]) => a.localeCompare(b));
  return Object.fromEntries(entries) as Partial<T>;
}
