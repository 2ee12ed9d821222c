import type { MessageId } from '@/i18n/message-id';
import type { ScannedTrace } from '@/features/insights/scan/scanned-trace';

export type FindingRule = 'audit-tampering' | 'deletion-burst' | 'off-hours-destruction' | 'new-source' | 'risky-session' | 'error-spike';
export type FindingSeverity = 'high' | 'medium' | 'low';

/** The trace list's filters that show a finding's evidence (with its time window). */
export interface EvidenceFilters {
  user?: string;
  service_type?: string;
  trace_name?: string;
  resource_id?: string;
}

/**
 * A finding's user-facing text, built in the scan worker and shown later in whatever language is
 * active then: a message whose values may be messages themselves (a duration, "an unknown identity").
 * Plain data, so it crosses postMessage.
 */
export interface FindingText {
  id: MessageId;
  values?: Record<string, string | number | FindingText>;
}

export interface Finding {
  /** Stable across scans of the same traces: rule and evidence. */
  id: string;
  rule: FindingRule;
  severity: FindingSeverity;
  title: FindingText;
  detail: FindingText;
  /** The evidence's first and last instant: the trace list's window is [from, to + 1). */
  from: number;
  to: number;
  filters: EvidenceFilters;
  /** Evidence trace IDs, oldest first (at most EVIDENCE_LIMIT). */
  evidence: string[];
  evidenceCount: number;
  /** A finding on transferred trace files (archive verification): the object, `bucket/key`, instead of evidence traces. */
  objectPath?: string;
}

export const EVIDENCE_LIMIT = 50;

export const SEVERITY_ORDER: Record<FindingSeverity, number> = { high: 0, medium: 1, low: 2 };

export const RULE_LABELS: Record<FindingRule, MessageId> = {
  'audit-tampering': 'insights.rule.auditTampering',
  'deletion-burst': 'insights.rule.deletionBurst',
  'off-hours-destruction': 'insights.rule.offHours',
  'new-source': 'insights.rule.newSource',
  'risky-session': 'insights.rule.riskySession',
  'error-spike': 'insights.rule.errorSpike',
};

/** Builds a finding from its evidence (sorted oldest first here). */
export function findingOf(
  rule: FindingRule,
  severity: FindingSeverity,
  traces: readonly ScannedTrace[],
  text: { title: FindingText; detail: FindingText; filters: EvidenceFilters; key?: string },
): Finding {
  const sorted = [...traces].sort((a, b) => a.time - b.time);
  const first = sorted[0]?.time ?? 0;
  const last = sorted[sorted.length - 1]?.time ?? first;
  return {
    id: `${rule}:${text.key ?? sorted[0]?.trace_id ?? ''}`,
    rule,
    severity,
    title: text.title,
    detail: text.detail,
    from: first,
    to: last,
    filters: text.filters,
    evidence: sorted.slice(0, EVIDENCE_LIMIT).map((trace) => trace.trace_id),
    evidenceCount: sorted.length,
  };
}

/** Traces grouped by a key; traces without one are left out. */
export function groupBy(traces: readonly ScannedTrace[], key: (trace: ScannedTrace) => string | undefined): Map<string, ScannedTrace[]> {
  const groups = new Map<string, ScannedTrace[]>();
  for (const trace of traces) {
    const value = key(trace);
    if (value === undefined) {
      continue;
    }
    const group = groups.get(value);
    if (group) {
      group.push(trace);
    } else {
      groups.set(value, [trace]);
    }
  }
  return groups;
}

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** "9 min", "3 h", "3 h 43 min" (in the language shown). */
export function formatDuration(ms: number): FindingText {
  const minutes = Math.round(ms / MINUTE_MS);
  if (minutes < 60) {
    return { id: 'insights.duration.minutes', values: { minutes } };
  }
  const hours = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? { id: 'insights.duration.hours', values: { hours } } : { id: 'insights.duration.hoursMinutes', values: { hours, minutes: minutes % 60 } };
}

/** The user named by a trace, or "an unknown identity". */
export const userText = (user: string | undefined): string | FindingText => user ?? { id: 'insights.finding.unknownIdentity' };
