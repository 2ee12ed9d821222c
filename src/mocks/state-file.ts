import { existsSync, readFileSync, renameSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { MockPersistence } from '@/mocks/db/mock-db';
import { checkPersistedText } from '@/mocks/db/persisted-state';

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

/**
 * The standalone server's state file. Every save resolves once a file holding that state (or a
 * later one) is on disk: written to `<file>.tmp`, fsynced, renamed over the file, the directory
 * fsynced. Saves that arrive while a write is under way are written together by the next one, so
 * 1,000 concurrent changes cost a few writes, not 1,000. A file that is not a demo state is
 * renamed to `<file>.invalid-<time>` with a warning naming it, and the server starts from the seed.
 */
export function openStateFile(path: string, warn: (message: string) => void = console.warn): MockPersistence {
  let pending: { text: string; waiters: Waiter[] } | null = null;
  let writing = false;

  const flush = async (): Promise<void> => {
    writing = true;
    // Changes made in the same turn of the event loop share the write.
    await new Promise((resolve) => setImmediate(resolve));
    while (pending) {
      const batch = pending;
      pending = null;
      try {
        await writeDurably(path, batch.text);
        batch.waiters.forEach((waiter) => waiter.resolve());
      } catch (error) {
        batch.waiters.forEach((waiter) => waiter.reject(error));
      }
    }
    writing = false;
  };

  return {
    load(now) {
      if (!existsSync(path)) {
        return null;
      }
      const check = checkPersistedText(readFileSync(path, 'utf8'), now);
      if ('state' in check) {
        return check.state;
      }
      const aside = `${path}.invalid-${new Date(now).toISOString().replace(/[:.]/g, '-')}`;
      renameSync(path, aside);
      warn(`${path} is not a demo state (${check.problem}): set aside as ${aside}; starting from the seeded state.`);
      return null;
    },
    save(_state, serialized) {
      return new Promise<void>((resolve, reject) => {
        pending ??= { text: serialized, waiters: [] };
        pending.text = serialized;
        pending.waiters.push({ resolve, reject });
        if (!writing) {
          void flush();
        }
      });
    },
  };
}
