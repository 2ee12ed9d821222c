/** `read_only` as words; a CTS that does not send it gives a dash. */
export function readOnlyText(readOnly: boolean | undefined): string {
  if (readOnly === undefined) {
    return '—';
  }
  return readOnly ? 'Yes' : 'No';
}
