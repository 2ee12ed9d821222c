import { z } from '@/api/zod';
import type { MockFaults, Notification, Tag, Tracker } from '@/api/contract/types';
import type { PersistedTrace } from '@/mocks/db/trace-extras';

/** Largest generated volume the mock accepts. */
export const MAX_VOLUME = 500_000;

/**
 * What the user changed, and the moment the demo state was created or last reset (`anchor`): the
 * generated traces are derived again from the seed and the anchor, so they keep their times.
 */
export interface PersistedMockState {
  version: 2;
  seed: number;
  volume: number;
  anchor: number;
  trackers: Tracker[];
  notifications: Notification[];
  tags: [string, Tag[]][];
  buckets: string[];
  extraTraces: PersistedTrace[];
  faults: MockFaults;
}

// Records keep the fields this schema does not name: it checks what the mock relies on.
const tracker = z.looseObject({ id: z.string(), tracker_name: z.string(), tracker_type: z.enum(['system', 'data']) });
const notification = z.looseObject({ notification_id: z.string(), notification_name: z.string() });
const tag = z.looseObject({ key: z.string(), value: z.string().optional() });
const trace = z.looseObject({ trace_id: z.string(), time: z.number(), tracker_name: z.string().optional() });
const faults = z.object({
  latency_ms: z.number().int().min(0).max(10_000),
  error_rate: z.number().min(0).max(1),
  fail_next: z.looseObject({ status: z.number().int().min(400).max(599), error_code: z.string().min(1) }).nullable(),
});

const stateShape = {
  seed: z.number().int(),
  volume: z.number().int().min(0).max(MAX_VOLUME),
  trackers: z.array(tracker),
  notifications: z.array(notification),
  tags: z.array(z.tuple([z.string(), z.array(tag)])),
  buckets: z.array(z.string()),
  extraTraces: z.array(trace),
  faults,
};
const stateSchema = z.discriminatedUnion('version', [
  // Version 1 had no anchor: its generated traces were never stable, so they start from now.
  z.object({ version: z.literal(1), ...stateShape }),
  z.object({ version: z.literal(2), anchor: z.number().int().min(0), ...stateShape }),
]);

export type StateCheck = { state: PersistedMockState } | { problem: string };

/** Reads a stored state, or says what is wrong with it (the caller sets it aside, never trusts it). */
export function checkPersistedState(value: unknown, now: number): StateCheck {
  const parsed = stateSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return { problem: `${where}${issue?.message ?? 'not a demo state'}` };
  }
  const state = parsed.data;
  // The schema checked the fields the mock reads; the others are kept as stored.
  return {
    state: {
      ...(state as unknown as Omit<PersistedMockState, 'version' | 'anchor'>),
      version: 2,
      anchor: state.version === 2 ? state.anchor : now,
    },
  };
}

/** Parses stored JSON text, then checks it. */
export function checkPersistedText(text: string, now: number): StateCheck {
  try {
    return checkPersistedState(JSON.parse(text) as unknown, now);
  } catch {
    return { problem: 'not JSON' };
  }
}
