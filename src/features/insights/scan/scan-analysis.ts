import type { TraceRating } from '@/api/contract/types';
import { findFindings } from '@/features/insights/findings/find-findings';
import type { Finding } from '@/features/insights/findings/finding-types';
import type { ScanEntry, ScanScope } from '@/features/insights/scan/scan-cache';
import type { ScannedTrace } from '@/features/insights/scan/scanned-trace';

export interface HistogramBin {
  from: number;
  to: number;
  normal: number;
  warning: number;
  incident: number;
}

/** The fields top values are counted for (`label`: a message ID); `filter` names the trace list's API filter when CTS has one. */
export const TOP_VALUE_FIELDS = [
  { field: 'user', label: 'insights.top.user', filter: 'user' },
  { field: 'source_ip', label: 'insights.top.sourceIp', filter: null },
  { field: 'service_type', label: 'insights.top.service', filter: 'service_type' },
  { field: 'trace_name', label: 'insights.top.traceName', filter: 'trace_name' },
  { field: 'resource_name', label: 'insights.top.resource', filter: 'resource_name' },
  { field: 'code', label: 'insights.top.code', filter: null },
  { field: 'trace_rating', label: 'insights.top.rating', filter: 'trace_rating' },
] as const;

export type TopValueField = (typeof TOP_VALUE_FIELDS)[number]['field'];

export interface TopValue {
  value: string;
  count: number;
  /** Of the traces read. */
  share: number;
}

export interface Insights {
  scope: ScanScope;
  histogram: HistogramBin[];
  topValues: Record<TopValueField, TopValue[]>;
  findings: Finding[];
}

const STEPS_MS = [60_000, 5 * 60_000, 10 * 60_000, 15 * 60_000, 30 * 60_000, 3_600_000, 2 * 3_600_000, 3 * 3_600_000, 6 * 3_600_000];
export const TARGET_BINS = 84;

/** Bins of a round size (1 min … 6 h) covering [from, to), about TARGET_BINS of them. */
export function histogramOf(traces: readonly ScannedTrace[], from: number, to: number): HistogramBin[] {
  const step = STEPS_MS.find((candidate) => (to - from) / candidate <= TARGET_BINS * 1.5) ?? STEPS_MS[STEPS_MS.length - 1] ?? 3_600_000;
  const start = Math.floor(from / step) * step;
  const bins: HistogramBin[] = [];
  for (let edge = start; edge < to; edge += step) {
    bins.push({ from: Math.max(edge, from), to: Math.min(edge + step, to), normal: 0, warning: 0, incident: 0 });
  }
  for (const trace of traces) {
    const bin = bins[Math.floor((trace.time - start) / step)];
    if (bin) {
      bin[trace.trace_rating satisfies TraceRating] += 1;
    }
  }
  return bins;
}

export const TOP_LIMIT = 10;

export function topValuesOf(traces: readonly ScannedTrace[], field: TopValueField): TopValue[] {
  const counts = new Map<string, number>();
  for (const trace of traces) {
    const value = trace[field];
    if (value !== undefined) {
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, TOP_LIMIT)
    .map(([value, count]) => ({ value, count, share: traces.length === 0 ? 0 : count / traces.length }));
}

/** Everything the views show of one scan. */
export function analyse(entry: ScanEntry): Insights {
  const { traces, scope } = entry;
  const topValues = Object.fromEntries(TOP_VALUE_FIELDS.map(({ field }) => [field, topValuesOf(traces, field)])) as Record<TopValueField, TopValue[]>;
  return { scope, histogram: histogramOf(traces, scope.from, scope.to), topValues, findings: findFindings(traces) };
}
