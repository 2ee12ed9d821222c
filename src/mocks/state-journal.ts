import type { PersistedMockState } from '@/mocks/db/persisted-state';

/**
 * One line of the state file's journal: the state without its extra traces, and the extra traces
 * added since the line before (`extras_from` = how many of them that line's state already had).
 * Extra traces are only ever added (a reset starts a new list, from 0), so a write costs the
 * records plus what it added, not every trace injected so far.
 */
export function journalLine(state: PersistedMockState, from: number): string {
  const { extraTraces, ...rest } = state;
  return `${JSON.stringify({ ...rest, extras_from: from, extras: extraTraces.slice(from) })}\n`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The state after the journal's lines, laid over `base` (the state file's, or null). Replay stops
 * at a line that does not parse: a line cut short by a kill was never acknowledged.
 */
export function replayJournal(text: string, base: unknown): { value: unknown; lines: number } {
  let current = base;
  let lines = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) {
      continue;
    }
    let entry: unknown;
    try {
      entry = JSON.parse(line);
    } catch {
      break;
    }
    const previous = isRecord(current) && Array.isArray(current.extraTraces) ? (current.extraTraces as unknown[]) : [];
    if (!isRecord(entry) || typeof entry.extras_from !== 'number' || !Array.isArray(entry.extras) || entry.extras_from > previous.length) {
      break;
    }
    const { extras_from: from, extras, ...rest } = entry;
    current = { ...rest, extraTraces: [...previous.slice(0, from), ...(extras as unknown[])] };
    lines += 1;
  }
  return { value: current, lines };
}
