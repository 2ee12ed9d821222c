const formatter = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZoneName: 'short',
});

export function formatTime(epochMs: number): string {
  return formatter.format(new Date(epochMs));
}

/** A timestamp in the user's zone, the zone shown, with the machine-readable instant in `dateTime`. */
export function TimeText({ value }: { value: number | undefined | null }) {
  if (value === undefined || value === null || !Number.isFinite(value)) {
    return <span>—</span>;
  }
  const date = new Date(value);
  return (
    <time dateTime={date.toISOString()} title={date.toISOString()}>
      {formatTime(value)}
    </time>
  );
}
