import { CONNECTION_STORAGE_KEY, type Connection } from '@/api/connection';

type LiveFields = Pick<Connection, 'endpoint' | 'region' | 'projectId' | 'domainId'>;

/**
 * In Mock mode `getConnection()` reports the demo account's IDs, not the Live ones the user saved
 * earlier. The form pre-fills its Live fields from what is stored, so a switch back to Live does not
 * start from the demo IDs.
 */
export function readStoredLiveFields(fallback: LiveFields): LiveFields {
  try {
    const stored = JSON.parse(localStorage.getItem(CONNECTION_STORAGE_KEY) ?? '{}') as Record<string, unknown>;
    const pick = (key: keyof LiveFields) => (typeof stored[key] === 'string' ? stored[key] : fallback[key]);
    return { endpoint: pick('endpoint'), region: pick('region'), projectId: pick('projectId'), domainId: pick('domainId') };
  } catch {
    return fallback;
  }
}
