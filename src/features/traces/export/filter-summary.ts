import type { TraceFilters } from '@/api/traces';

/** The query an export runs, one criterion per line in the API's own names; times in ISO 8601 UTC. */
export function filterSummary(filters: TraceFilters): string[] {
  return Object.entries(filters)
    .filter(([key, value]) => key !== 'limit' && value !== undefined && value !== null && value !== '')
    .map(([key, value]) => {
      const text = (key === 'from' || key === 'to') && typeof value === 'number' ? new Date(value).toISOString() : String(value);
      return `${key} = ${text}`;
    });
}
