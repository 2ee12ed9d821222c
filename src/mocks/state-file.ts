import { closeSync, existsSync, ftruncateSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { MockPersistence } from '@/mocks/db/mock-db';
import { type PersistedMockState, checkPersistedState } from '@/mocks/db/persisted-state';
import { journalLine, replayJournal } from '@/mocks/state-journal';

/** Quiet time after the last change before the state file is rewritten from the journal. */
export const COMPACT_DELAY_MS = 1_000;
/** A journal this large is compacted at once. */
const MAX_JOURNAL_BYTES = 4 * 1024 * 1024;

interface Waiter {
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** Writes a whole file so that a crash at any moment leaves the old content or the new, never a mix. */
async function writeDurably(path: string, text: string): Promise<void> {
  const temporary = `${path}.tmp`;
  const file = await open(temporary, 'w');
  try {
    await file.writeFile(text);
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(temporary, path);
  // The rename is durable once the directory that records it is.
  const directory = await open(dirname(path), 'r');
  try {
    await directory.sync();
  } finally {
    await directory.close();
  }
}

function setAside(path: string, now: number, problem: string, warn: (message: string) => void): void {
  const aside = `${path}.invalid-${new Date(now).toISOString().replace(/[:.]/g, '-')}`;
  renameSync(path, aside);
  warn(`${path} is not a demo state (${problem}): set aside as ${aside}.`);
}

/**
 * The standalone server's state: `<file>` and `<file>.journal`.
 * - A change is acknowledged once it is appended to the journal (one line: the records, and the
 *   extra traces added since; see state-journal.ts), so it survives the process being killed
 *   (kill -9) at any moment. Changes that arrive while a write is under way share the next one:
 *   1,000 concurrent changes cost a few appends.
 * - After COMPACT_DELAY_MS without changes (or when the journal passes 4 MiB) the state is
 *   written to `<file>.tmp`, fsynced, renamed over `<file>` and the directory fsynced; then the
 *   journal is emptied. `<file>` is always one whole state; a power loss or an OS crash loses at
 *   most the changes not yet compacted.
 * - At start, the journal's whole lines are replayed over `<file>` (they are never older). A file that
 *   is not a demo state is renamed to `<file>.invalid-<time>`, with a warning naming it.
 */
export interface StateFileOptions {
  warn?: (message: string) => void;
  compactDelayMs?: number;
}

/** The file persistence, and `close` to write the state file and release the journal (at shutdown). */
export type StateFile = MockPersistence & { close(): Promise<void> };

export function openStateFile(path: string, options: StateFileOptions = {}): StateFile {
  const { warn = console.warn, compactDelayMs = COMPACT_DELAY_MS } = options;
  const journalPath = `${path}.journal`;
  // Appended synchronously: a write to the page cache takes microseconds, a trip through the
  // thread pool milliseconds on a busy machine, and every acknowledgement waits for it.
  let journal: number | null = null;
  let journalBytes = 0;
  let latest: PersistedMockState | null = null;
  let compacted: PersistedMockState | null = null;
  // What the journal and the file hold of the extra traces: how many, the last one, and the anchor of their list.
  let written = { count: 0, lastId: '', anchor: -1 };
  let pending: { state: PersistedMockState; waiters: Waiter[] } | null = null;
  let flushScheduled = false;
  let compactTimer: NodeJS.Timeout | undefined;
  // Appends and compactions run one at a time, in order.
  let queue: Promise<void> = Promise.resolve();
  const exclusive = (task: () => Promise<void>): Promise<void> => (queue = queue.then(task, task));

  const compact = async (): Promise<void> => {
    const state = latest;
    if (state === null || state === compacted) {
      return;
    }
    await writeDurably(path, JSON.stringify(state));
    if (journal !== null) {
      ftruncateSync(journal, 0);
    }
    journalBytes = 0;
    compacted = state;
  };

  const takePending = () => {
    const batch = pending;
    pending = null;
    return batch;
  };

  const append = async (): Promise<void> => {
    flushScheduled = false;
    const batch = takePending();
    if (!batch) {
      return;
    }
    try {
      journal ??= openSync(journalPath, 'a');
      const extras = batch.state.extraTraces;
      const continues =
        batch.state.anchor === written.anchor &&
        written.count <= extras.length &&
        (written.count === 0 || extras[written.count - 1]?.trace_id === written.lastId);
      const line = Buffer.from(journalLine(batch.state, continues ? written.count : 0));
      for (let written = 0; written < line.length; ) {
        written += writeSync(journal, line, written);
      }
      journalBytes += line.length;
      written = { count: extras.length, lastId: extras.at(-1)?.trace_id ?? '', anchor: batch.state.anchor };
      latest = batch.state;
      batch.waiters.forEach((waiter) => waiter.resolve());
    } catch (error) {
      // The mock goes back to the last stored state, so the changes waiting behind this one,
      // applied over it, fail with it.
      const behind = takePending();
      [...batch.waiters, ...(behind?.waiters ?? [])].forEach((waiter) => waiter.reject(error));
      return;
    }
    clearTimeout(compactTimer);
    if (journalBytes > MAX_JOURNAL_BYTES) {
      // The changes are acknowledged already: a failed compaction only leaves the journal longer.
      await compact().catch((error: unknown) => console.error(`${path} could not be written.`, error));
    } else {
      compactTimer = setTimeout(() => {
        exclusive(compact).catch((error: unknown) => console.error(`${path} could not be written.`, error));
      }, compactDelayMs);
      compactTimer.unref();
    }
  };

  return {
    load(now) {
      let base: unknown = null;
      let state: PersistedMockState | null = null;
      if (existsSync(path)) {
        try {
          base = JSON.parse(readFileSync(path, 'utf8')) as unknown;
        } catch {
          base = undefined;
        }
        const check = base === undefined ? { problem: 'not JSON' } : checkPersistedState(base, now);
        if ('state' in check) {
          state = check.state;
        } else {
          base = null;
          setAside(path, now, check.problem, warn);
        }
      }
      if (existsSync(journalPath)) {
        const { value, lines } = replayJournal(readFileSync(journalPath, 'utf8'), base);
        const check = lines > 0 ? checkPersistedState(value, now) : null;
        if (check && 'state' in check) {
          state = check.state;
        } else if (check || readFileSync(journalPath, 'utf8').trim()) {
          setAside(journalPath, now, check && 'problem' in check ? check.problem : 'no whole change in it', warn);
        }
      }
      return state;
    },
    save(state) {
      return new Promise<void>((resolve, reject) => {
        pending ??= { state, waiters: [] };
        pending.state = state;
        pending.waiters.push({ resolve, reject });
        if (!flushScheduled) {
          flushScheduled = true;
          // Changes made in the same turn of the event loop share the append.
          setImmediate(() => void exclusive(append));
        }
      });
    },
    close: () =>
      exclusive(async () => {
        clearTimeout(compactTimer);
        await compact();
        if (journal !== null) {
          closeSync(journal);
        }
        journal = null;
      }),
  };
}
