import type { ScanScope } from '@/features/insights/scan/scan-cache';

const numberFormat = new Intl.NumberFormat('en-US');

/** "Nov 29 18:00", in the given zone (the browser's by default). */
function formatInstant(time: number, timeZone: string | undefined): string {
  const parts = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).formatToParts(time);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('month')} ${part('day')} ${part('hour')}:${part('minute')}`;
}

/**
 * The scope of a scan in one line, e.g. "10,000 traces, Nov 29 18:00 – Dec 6 18:00, complete", or
 * when the bound stopped it, the part of the window it covers and what it left unread.
 */
export function describeScope(scope: ScanScope, timeZone?: string): string {
  const count = `${numberFormat.format(scope.read)} trace${scope.read === 1 ? '' : 's'}`;
  if (scope.complete) {
    return `${count}, ${formatInstant(scope.from, timeZone)} – ${formatInstant(scope.to, timeZone)}, complete`;
  }
  return `${count}, ${formatInstant(scope.coveredFrom, timeZone)} – ${formatInstant(scope.to, timeZone)}, stopped at the bound of ${numberFormat.format(scope.bound)}: traces from ${formatInstant(scope.from, timeZone)} to ${formatInstant(scope.coveredFrom, timeZone)} not read`;
}
