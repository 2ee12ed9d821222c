import { type TimeZoneChoice, formatTime, zoneLabel } from '@/components/time-format';

/** A timestamp in the console's one format, the zone named on hover, the instant in `dateTime`. */
export function TimeText({ value, zone = 'local' }: { value: number | undefined | null; zone?: TimeZoneChoice }) {
  if (value === undefined || value === null || !Number.isFinite(value)) {
    return <span>—</span>;
  }
  const date = new Date(value);
  return (
    <time dateTime={date.toISOString()} title={zoneLabel(zone, value)}>
      {formatTime(value, zone)}
    </time>
  );
}
