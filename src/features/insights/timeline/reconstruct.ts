import diff, { type Difference } from 'microdiff';
import type { Trace } from '@/api/contract/types';
import type { FieldChange } from '@/components/field-diff-table';

export type StepKind = 'create' | 'update' | 'delete' | 'other';


export interface TimelineStep {
  trace: Trace;
  kind: StepKind;
  failed: boolean;
  /** What the step changed in the reconstructed configuration (a failed or read-only step changes nothing). */
  changes: FieldChange[];
  /** The configuration after the step, as far as the request bodies tell. */
  configuration: Record<string, unknown> | null;
}

export function stepKindOf(traceName: string): StepKind {
  if (/^(batch)?create/i.test(traceName)) {
    return 'create';
  }
  if (/^(update|modify|set|put|change|enable|disable|resize|associate|disassociate)/i.test(traceName)) {
    return 'update';
  }
  if (/^(batch)?(delete|remove|destroy|terminate)/i.test(traceName)) {
    return 'delete';
  }
  return 'other';
}

function requestObject(trace: Trace): Record<string, unknown> | null {
  if (!trace.request) {
    return null;
  }
  try {
    const body: unknown = JSON.parse(trace.request);
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An update request sets what it names and leaves the rest: objects merge field by field, anything else is replaced. */
export function applyUpdate(configuration: Record<string, unknown>, update: Record<string, unknown>): Record<string, unknown> {
  const next: Record<string, unknown> = { ...configuration };
  for (const [key, value] of Object.entries(update)) {
    const current = next[key];
    next[key] = isPlainObject(current) && isPlainObject(value) ? applyUpdate(current, value) : value;
  }
  return next;
}

function pathOf(difference: Difference): string {
  return difference.path.reduce<string>((path, key) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key), '');
}

function changesBetween(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  return diff(before, after).map((difference) => {
    const path = pathOf(difference);
    if (difference.type === 'CREATE') {
      return { path, kind: 'added', after: difference.value };
    }
    if (difference.type === 'REMOVE') {
      return { path, kind: 'removed', before: difference.oldValue };
    }
    return { path, kind: 'changed', before: difference.oldValue, after: difference.value };
  });
}

const failedTrace = (trace: Trace) => Number(trace.code) >= 400;

/**
 * The resource's traces oldest first, with the configuration rebuilt step by step: a create sets
 * it from its request body, an update merges its request body in, a delete ends it. Failed
 * operations and reads change nothing.
 */
export function reconstructTimeline(traces: readonly Trace[]): TimelineStep[] {
  const ordered = [...traces].sort((a, b) => a.time - b.time || a.record_time - b.record_time || a.trace_id.localeCompare(b.trace_id));
  let configuration: Record<string, unknown> | null = null;
  return ordered.map((trace) => {
    const kind = stepKindOf(trace.trace_name);
    const failed = failedTrace(trace);
    const before = configuration;
    if (!failed) {
      const body = requestObject(trace);
      if (kind === 'create') {
        configuration = body ?? {};
      } else if (kind === 'update' && body) {
        configuration = applyUpdate(configuration ?? {}, body);
      } else if (kind === 'delete') {
        configuration = null;
      }
    }
    const changes = configuration === before ? [] : changesBetween(before ?? {}, configuration ?? {});
    return { trace, kind, failed, changes, configuration };
  });
}
