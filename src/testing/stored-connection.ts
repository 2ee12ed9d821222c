import { type Connection, DEFAULT_CONNECTION, saveConnection } from '@/api/connection';

/** A connection saved earlier, as the settings page saves one: the defaults, then `saved`. */
export function storeConnection(saved: Partial<Connection>): void {
  saveConnection({ ...DEFAULT_CONNECTION, ...saved });
}

/** Nothing saved, as on a first visit. */
export function forgetConnection(): void {
  saveConnection(DEFAULT_CONNECTION);
  localStorage.clear();
  sessionStorage.clear();
}
