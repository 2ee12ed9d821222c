/** The cap the user sees before starting: 5,000 by default, up to 50,000 (issue #4, Export). */
export const DEFAULT_EXPORT_CAP = 5_000;
export const MAX_EXPORT_CAP = 50_000;

export function checkExportCap(text: string): string | null {
  const cap = Number(text);
  return Number.isInteger(cap) && cap >= 1 && cap <= MAX_EXPORT_CAP ? null : `Enter a whole number from 1 to ${MAX_EXPORT_CAP.toLocaleString('en')}.`;
}
