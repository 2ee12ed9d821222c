import { useSyncExternalStore } from 'react';
import { type Connection, getConnectionSnapshot, subscribeConnection } from '@/api/connection';

/** The current connection; re-renders when it is saved or when the mock's demo account arrives. */
export function useConnection(): Connection {
  return useSyncExternalStore(subscribeConnection, getConnectionSnapshot);
}
