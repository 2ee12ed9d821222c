import type { Tracker } from '@/api/contract/types';
import type { TrackerTransfer } from '@/api/archive/archive-layout';
import { DEMO_REGION } from '@/mocks/db/identities';
import { DAY_MS, HOUR_MS, localDayStart } from '@/mocks/db/trace-time';
import { ARCHIVE_DAYS, type ArchiveHistory } from '@/mocks/archive/archive-history';

/**
 * Digest files go back this far: the demo turned file verification on for its management tracker
 * 32 days before its anchor, so that the past month is verifiable (and the chain a browser must
 * recompute stays a month long, not three).
 */
export const DIGEST_DAYS = 32;

/** The tampering the demo plants in its management tracker's past month. */
export interface PlantedFaults {
  /** The service folder of the files and chain tampered with ('' when the tracker does not sort by service). */
  service: string;
  /** Trace hour whose file was rewritten after its digest recorded it. */
  alteredHour: number;
  /** Trace hour whose file was deleted. */
  deletedHour: number;
  /** Digest period (start) whose digest file was deleted: a gap in the chain. */
  gapPeriod: number;
}

export interface ArchiveTracker {
  name: string;
  /** Code of the tracker in the generated world (0 = management); −1 when it has no generated traces. */
  code: number;
  transfer: TrackerTransfer;
  /** First trace hour transferred (creation, lifecycle and the demo's 90 days). */
  historyStart: number;
  /** First digest period, or null without file verification. */
  digestStart: number | null;
  /** Its service folders, one digest chain each: `['']` when it does not sort by service. */
  services: string[];
  faults: PlantedFaults | null;
}

const hourOf = (time: number) => Math.floor(time / HOUR_MS) * HOUR_MS;

/** The first hour from `from` in which the tracker wrote a file of `service` ('' for any). */
function hourWithTraces(history: ArchiveHistory, code: number, service: string, from: number): number {
  for (let hour = from; hour < from + 2 * DAY_MS; hour += HOUR_MS) {
    const services = history.servicesAt(code, hour);
    if (service === '' ? services.length > 0 : services.includes(service)) {
      return hour;
    }
  }
  return from;
}

function plantedFaults(history: ArchiveHistory, code: number, anchor: number, sortByService: boolean): PlantedFaults {
  // Working hours of the demo account (UTC+8), 9, 16 and 23 days back: all older than the trace
  // list's week, all within the verified month.
  const workingHour = (daysBack: number, hour: number) => localDayStart(anchor - daysBack * DAY_MS) + hour * HOUR_MS;
  const service = sortByService ? 'ECS' : '';
  return {
    service,
    alteredHour: hourWithTraces(history, code, service, workingHour(9, 10)),
    deletedHour: hourWithTraces(history, code, service, workingHour(16, 15)),
    gapPeriod: workingHour(23, 11),
  };
}

/** The trackers that transfer to `bucket`, as the mock's configuration has them now. */
export function archiveTrackers(trackers: Iterable<Tracker>, bucket: string, history: ArchiveHistory): ArchiveTracker[] {
  const { anchor } = history.source;
  const result: ArchiveTracker[] = [];
  for (const tracker of trackers) {
    const obs = tracker.obs_info;
    if (!obs?.bucket_name || obs.bucket_name !== bucket) {
      continue;
    }
    const code = history.trackerNames.indexOf(tracker.tracker_name);
    const lifecycle = obs.bucket_lifecycle && tracker.tracker_type === 'data' ? obs.bucket_lifecycle : ARCHIVE_DAYS;
    const historyStart = hourOf(Math.max(history.start, tracker.create_time ?? 0, anchor - Math.min(ARCHIVE_DAYS, lifecycle) * DAY_MS)) + HOUR_MS;
    const digestStart = tracker.is_support_validate ? hourOf(Math.max(historyStart, anchor - DIGEST_DAYS * DAY_MS)) : null;
    const sortByService = obs.is_sort_by_service !== false;
    result.push({
      name: tracker.tracker_name,
      code,
      transfer: {
        trackerName: tracker.tracker_name,
        bucket,
        prefix: obs.file_prefix_name ?? '',
        region: DEMO_REGION,
        compressed: obs.compress_type !== 'json',
        sortByService,
      },
      historyStart,
      digestStart,
      services: code < 0 ? [] : sortByService ? history.servicesOf(code) : [''],
      faults: tracker.tracker_type === 'system' && code === 0 && digestStart !== null ? plantedFaults(history, code, anchor, sortByService) : null,
    });
  }
  return result;
}
