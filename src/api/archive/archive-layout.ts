/**
 * Where CTS writes a tracker's transferred traces in its OBS bucket (CTS user guide, "Querying
 * Transferred Traces" and "Digest Files"):
 *   CloudTraces/<region>/<yyyy>/<m>/<d>/<tracker>/<service>/<prefix>_CloudTrace_<region>[-<project>]_<time>_<random>.json.gz
 *   CloudTraces/<region>/<yyyy>/<m>/<d>/<tracker>/Digest/<service>/<prefix>_CloudTrace-Digest_<region>_<time>.json.gz
 * Month and day are not zero-padded (the guide's example: `2016/5/19`); the service folder exists
 * when the tracker sorts by service; `.json` instead of `.json.gz` when it does not compress.
 */
export const ARCHIVE_ROOT = 'CloudTraces';
export const DIGEST_FOLDER = 'Digest';

export interface TrackerTransfer {
  trackerName: string;
  bucket: string;
  /** `obs_info.file_prefix_name`; empty for none. */
  prefix: string;
  region: string;
  /** Appended to the region in trace file names (`<region>-<project>`) when given. */
  projectName?: string;
  compressed: boolean;
  sortByService: boolean;
}

/** `2017-03-28T02-09-17Z`: the time format of CTS's file names and digest fields (UTC). */
export function fileTime(time: number): string {
  return new Date(Math.floor(time / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-');
}

/** The instant of a `fileTime` text; NaN when it is not one. */
export function parseFileTime(text: string): number {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z$/.exec(text);
  return match ? Date.parse(`${match[1]}T${match[2]}:${match[3]}:${match[4]}Z`) : Number.NaN;
}

/** `CloudTraces/<region>/<yyyy>/<m>/<d>/` of a UTC day. */
export function dayFolder(region: string, time: number): string {
  const date = new Date(time);
  return `${ARCHIVE_ROOT}/${region}/${date.getUTCFullYear()}/${date.getUTCMonth() + 1}/${date.getUTCDate()}/`;
}

/** The folder of a tracker's files (or digests) of a day, for a service or all of them. */
export function trackerFolder(transfer: TrackerTransfer, time: number, options: { digest?: boolean; service?: string } = {}): string {
  const base = `${dayFolder(transfer.region, time)}${transfer.trackerName}/${options.digest ? `${DIGEST_FOLDER}/` : ''}`;
  return transfer.sortByService && options.service !== undefined ? `${base}${options.service}/` : base;
}

function namePrefix(transfer: TrackerTransfer): string {
  return transfer.prefix ? `${transfer.prefix}_` : '';
}

function extension(transfer: TrackerTransfer): string {
  return transfer.compressed ? '.json.gz' : '.json';
}

/** The object key of a trace file written at `time`. */
export function traceFileKey(transfer: TrackerTransfer, service: string, time: number, random: string): string {
  const region = transfer.projectName ? `${transfer.region}-${transfer.projectName}` : transfer.region;
  return `${trackerFolder(transfer, time, { service })}${namePrefix(transfer)}CloudTrace_${region}_${fileTime(time)}_${random}${extension(transfer)}`;
}

/** The object key of the digest file that ends at `endTime`. */
export function digestKey(transfer: TrackerTransfer, service: string, endTime: number): string {
  return `${trackerFolder(transfer, endTime, { digest: true, service })}${namePrefix(transfer)}CloudTrace-Digest_${transfer.region}_${fileTime(endTime)}${extension(transfer)}`;
}

export interface ArchiveKey {
  kind: 'trace' | 'digest';
  region: string;
  /** The UTC day of the folder, at 00:00. */
  day: number;
  tracker: string;
  /** The service folder; absent when the tracker does not sort by service. */
  service?: string;
  /** When the file was written (trace file) or the end of its period (digest). */
  time: number;
  compressed: boolean;
}

const KEY_PATTERN = new RegExp(
  `^${ARCHIVE_ROOT}/([^/]+)/(\\d{4})/(\\d{1,2})/(\\d{1,2})/([^/]+)/(?:(${DIGEST_FOLDER})/)?(?:([^/]+)/)?` +
    `[^/]*CloudTrace(-Digest)?_[^/]*?_(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}Z)(?:_[0-9a-zA-Z]+)?\\.json(\\.gz)?$`,
);

/** What an object key says of its file; null for a key outside CTS's layout. */
export function parseArchiveKey(key: string): ArchiveKey | null {
  const match = KEY_PATTERN.exec(key);
  if (!match) {
    return null;
  }
  const [, region = '', year, month, day, tracker = '', digestFolder, service, digestName, time = '', gz] = match;
  if (Boolean(digestFolder) !== Boolean(digestName)) {
    return null;
  }
  const parsed: ArchiveKey = {
    kind: digestName ? 'digest' : 'trace',
    region,
    day: Date.UTC(Number(year), Number(month) - 1, Number(day)),
    tracker,
    time: parseFileTime(time),
    compressed: gz !== undefined,
  };
  if (service !== undefined) {
    parsed.service = service;
  }
  return parsed;
}

/** The UTC days (at 00:00) whose folders can hold files of [from, to]. */
export function daysBetween(from: number, to: number): number[] {
  const days: number[] = [];
  const DAY = 86_400_000;
  for (let day = Math.floor(from / DAY) * DAY; day <= to; day += DAY) {
    days.push(day);
  }
  return days;
}
