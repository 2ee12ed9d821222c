import { DAY_MS, type Finding, HOUR_MS, MINUTE_MS, findingOf, formatDuration, groupBy } from '@/features/insights/findings/finding-types';
import { type ScannedTrace, isDeletion } from '@/features/insights/scan/scanned-trace';

/**
 * A burst: at least BURST_MIN deletions by one identity within BURST_WINDOW, and BURST_FACTOR times
 * as many as the identity's own usual rate of deletions (over the 10-minute slots it was active in)
 * would give. The finding covers the whole run of deletions no more than BURST_WINDOW apart.
 */
export const BURST_MIN = 5;
export const BURST_WINDOW_MS = 10 * MINUTE_MS;
export const BURST_FACTOR = 6;

/** The most deletions of `run` (sorted) within any BURST_WINDOW. */
function densest(run: readonly ScannedTrace[]): number {
  let most = 0;
  let start = 0;
  run.forEach((trace, end) => {
    while ((run[start]?.time ?? 0) <= trace.time - BURST_WINDOW_MS) {
      start += 1;
    }
    most = Math.max(most, end - start + 1);
  });
  return most;
}

/** Deletions an identity makes per 10-minute slot in which it is active at all. */
function usualDeletionRate(own: readonly ScannedTrace[]): number {
  const slots = new Set(own.map((trace) => Math.floor(trace.time / BURST_WINDOW_MS))).size;
  return slots === 0 ? 0 : own.filter(isDeletion).length / slots;
}

/** Runs of deletions by one identity no more than `gap` apart. */
function clusters(traces: readonly ScannedTrace[], gap: number): ScannedTrace[][] {
  const sorted = [...traces].sort((a, b) => a.time - b.time);
  const runs: ScannedTrace[][] = [];
  for (const trace of sorted) {
    const run = runs[runs.length - 1];
    const previous = run?.[run.length - 1];
    if (run && previous && trace.time - previous.time <= gap) {
      run.push(trace);
    } else {
      runs.push([trace]);
    }
  }
  return runs;
}

export function deletionBurstFindings(traces: readonly ScannedTrace[]): Finding[] {
  const byUser = groupBy(traces, (trace) => trace.user);
  return [...byUser].flatMap(([user, own]) => {
    const threshold = Math.max(BURST_MIN, BURST_FACTOR * usualDeletionRate(own));
    return clusters(own.filter(isDeletion), BURST_WINDOW_MS)
      .filter((run) => densest(run) >= threshold)
      .map((run) => {
        const span = (run[run.length - 1]?.time ?? 0) - (run[0]?.time ?? 0);
        const resources = new Set(run.map((trace) => trace.resource_name ?? trace.resource_id)).size;
        const services = [...new Set(run.map((trace) => trace.service_type))].join(', ');
        const ips = run[0]?.source_ip ? [...new Set(run.map((trace) => trace.source_ip))].join(', ') : '';
        return findingOf('deletion-burst', 'high', run, {
          title: { id: 'insights.finding.deletionBurst.title', values: { count: run.length, user, duration: formatDuration(span) } },
          detail: ips
            ? { id: 'insights.finding.deletionBurst.detailFrom', values: { resources, services, ips } }
            : { id: 'insights.finding.deletionBurst.detail', values: { resources, services } },
          filters: { user },
        });
      });
  });
}

/** A user's baseline needs this many traces; with fewer, their usual hours are not judged. */
export const USUAL_HOURS_MIN_TRACES = 50;
/** An hour is unusual for a user when the hours around it (±1) hold less than this share of their traces. */
export const USUAL_HOURS_MIN_SHARE = 0.05;
/** Deletions outside usual hours make a finding when at least OFF_HOURS_MIN of them are no more than OFF_HOURS_GAP apart. */
export const OFF_HOURS_MIN = 3;
const OFF_HOURS_GAP_MS = 30 * MINUTE_MS;

const hourOf = (time: number) => Math.floor(time / HOUR_MS) % 24;

/** The hours of day (UTC: the rule compares a user with themself) that hold the user's usual activity. */
export function usualHours(traces: readonly ScannedTrace[]): Set<number> | null {
  if (traces.length < USUAL_HOURS_MIN_TRACES) {
    return null;
  }
  const counts = new Array<number>(24).fill(0);
  for (const trace of traces) {
    counts[hourOf(trace.time)] = (counts[hourOf(trace.time)] ?? 0) + 1;
  }
  const usual = new Set<number>();
  for (let hour = 0; hour < 24; hour += 1) {
    const around = (counts[(hour + 23) % 24] ?? 0) + (counts[hour] ?? 0) + (counts[(hour + 1) % 24] ?? 0);
    if (around / traces.length >= USUAL_HOURS_MIN_SHARE) {
      usual.add(hour);
    }
  }
  return usual;
}

/** Deletions by a user at hours of day when they are otherwise hardly ever active. */
export function offHoursFindings(traces: readonly ScannedTrace[]): Finding[] {
  const byUser = groupBy(traces, (trace) => trace.user);
  return [...byUser].flatMap(([user, own]) => {
    const usual = usualHours(own.filter((trace) => !isDeletion(trace)));
    if (!usual) {
      return [];
    }
    const outside = own.filter((trace) => isDeletion(trace) && !usual.has(hourOf(trace.time)));
    return clusters(outside, OFF_HOURS_GAP_MS).filter((run) => run.length >= OFF_HOURS_MIN).map((run) =>
      findingOf('off-hours-destruction', 'medium', run, {
        title: { id: 'insights.finding.offHours.title', values: { count: run.length, user } },
        detail: { id: 'insights.finding.offHours.detail', values: { user, count: own.length } },
        filters: { user },
      }),
    );
  });
}

/** A user's baseline for new sources: this long and this many traces before a source is "new". */
export const NEW_SOURCE_BASELINE_MS = DAY_MS;
export const NEW_SOURCE_BASELINE_TRACES = 30;

/**
 * A source IP, or a permanent access key (temporary keys change every session), that a user first
 * uses after a baseline of at least a day and 30 traces without it.
 */
export function newSourceFindings(traces: readonly ScannedTrace[]): Finding[] {
  const byUser = groupBy(traces, (trace) => trace.user);
  return [...byUser].flatMap(([user, own]) => {
    const sorted = [...own].sort((a, b) => a.time - b.time);
    const start = sorted[0]?.time ?? 0;
    const kinds = [
      { title: 'insights.finding.newSource.ipTitle', of: (trace: ScannedTrace) => trace.source_ip },
      { title: 'insights.finding.newSource.keyTitle', of: (trace: ScannedTrace) => (trace.mfa === undefined ? trace.access_key_id : undefined) },
    ] as const;
    return kinds.flatMap(({ title, of }) => {
      const firstIndex = new Map<string, number>();
      sorted.forEach((trace, index) => {
        const value = of(trace);
        if (value !== undefined && !firstIndex.has(value)) {
          firstIndex.set(value, index);
        }
      });
      return [...firstIndex].flatMap(([value, index]) => {
        const first = sorted[index];
        if (!first || index < NEW_SOURCE_BASELINE_TRACES || first.time - start < NEW_SOURCE_BASELINE_MS) {
          return [];
        }
        const uses = sorted.filter((trace) => of(trace) === value);
        return [
          findingOf('new-source', 'medium', uses, {
            title: { id: title, values: { user, value } },
            detail: { id: 'insights.finding.newSource.detail', values: { index, user, duration: formatDuration(first.time - start), uses: uses.length } },
            filters: { user },
            key: `${user}:${value}`,
          }),
        ];
      });
    });
  });
}
