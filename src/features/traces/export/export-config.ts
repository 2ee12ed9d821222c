import type { Message } from '@/i18n/message-id';

/** The cap the user sees before starting: 5,000 by default, up to 50,000 (issue #4, Export). */
export const DEFAULT_EXPORT_CAP = 5_000;
export const MAX_EXPORT_CAP = 50_000;

/** Why the cap typed cannot be used (a message), or null. */
export function checkExportCap(text: string): Message | null {
  const cap = Number(text);
  return Number.isInteger(cap) && cap >= 1 && cap <= MAX_EXPORT_CAP ? null : { id: 'traces.export.capError', values: { max: MAX_EXPORT_CAP } };
}
