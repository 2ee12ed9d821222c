import { DIGEST_FOLDER, dayFolder, daysBetween, parseArchiveKey } from '@/api/archive/archive-layout';
import type { ObsListing, ObsReader } from '@/api/archive/obs-reader';
import type { ArchiveEngine } from '@/features/archive/engine/duckdb-engine';
import { parseFile } from '@/features/archive/engine/parse-protocol';

const HOUR_MS = 3_600_000;
/** CTS writes an hour's traces after the hour: a trace before `to` can be in a file (and day folder) up to this later. */
export const WRITE_DELAY_MS = 2 * HOUR_MS;

export interface LoadProgress {
  files: number;
  totalFiles: number;
  bytes: number;
  totalBytes: number;
  traces: number;
  /** The listing goes on: the totals are of the files listed so far. */
  listing?: boolean;
}

export interface ArchiveSource {
  reader: ObsReader;
  bucket: string;
  region: string;
  tracker: string;
}

/** Days listed at once: two, so that reads go on between listings (in the mock, on the same thread). */
const LISTING_CONCURRENCY = 2;

/**
 * The tracker's trace files that can hold traces of (from, to): written from `from` to WRITE_DELAY_MS
 * after `to`, newest first. Each day's tracker folder is listed by folder, so its digests (`Digest/`)
 * are never listed. `onDay` has each day's files as soon as they are listed, newest day and file
 * first, so that they can be read while the rest are listed, and the newest traces (the top of a
 * list newest first) are read first.
 */
export async function listTraceFiles(
  source: ArchiveSource,
  from: number,
  to: number,
  signal?: AbortSignal,
  onDay?: (files: ObsListing[]) => void,
  /** Awaited before each day is listed: the pace of whoever reads the files. */
  paced?: () => Promise<void>,
): Promise<ObsListing[]> {
  /** A trace file's write time (its key ends with it) when it can hold traces of the range, else null. */
  const writtenInRange = (object: ObsListing): number | null => {
    const parsed = parseArchiveKey(object.key);
    return parsed?.kind === 'trace' && parsed.time > from && parsed.time < to + WRITE_DELAY_MS ? parsed.time : null;
  };
  const days = daysBetween(from, to + WRITE_DELAY_MS).reverse();
  const listed: ObsListing[][] = [];
  let next = 0;
  // A few days at a time: each listing's files can be read while the next are listed.
  const lister = async () => {
    while (next < days.length) {
      await paced?.();
      if (next >= days.length) {
        return;
      }
      const at = next;
      next += 1;
      const folder = await source.reader.listFolder(source.bucket, `${dayFolder(source.region, days[at] ?? 0)}${source.tracker}/`, signal);
      // Service folders (trackers that sort by service); the digests' folder is not read.
      const services = await Promise.all(folder.folders.filter((prefix) => !prefix.endsWith(`/${DIGEST_FOLDER}/`)).map((prefix) => source.reader.list(source.bucket, prefix, signal)));
      const files = [...folder.objects, ...services.flat()]
        .flatMap((object) => {
          const written = writtenInRange(object);
          return written === null ? [] : [{ object, written }];
        })
        .sort((a, b) => b.written - a.written)
        .map(({ object }) => object);
      listed[at] = files;
      onDay?.(files);
    }
  };
  await Promise.all(Array.from({ length: Math.min(LISTING_CONCURRENCY, days.length) }, lister));
  return listed.flat();
}

/** Resolves every waiter of a list; the list to keep is the empty one returned. */
function resolveAll(waiters: readonly (() => void)[]): (() => void)[] {
  for (const resolve of waiters) {
    resolve();
  }
  return [];
}

/** A file to load: its name (the object key, or the opened file's), its listed size, and how to read it. */
export interface LoadFile {
  name: string;
  size: number;
  read: () => Promise<Uint8Array | null>;
}

/**
 * The files of a load as they become known: a listing under way adds each day's, and closes it
 * when done (or fails it). Readers take files in order, waiting for more while it is open.
 */
export class FileQueue {
  private readonly files: LoadFile[] = [];
  private taken = 0;
  private closed = false;
  private failure: unknown = null;
  private waiting: (() => void)[] = [];
  private draining: (() => void)[] = [];
  bytes = 0;

  constructor(files: readonly LoadFile[] = [], closed = false) {
    this.add(files);
    this.closed = closed;
  }

  get length(): number {
    return this.files.length;
  }

  /** True while more files can be added (the listing goes on). */
  get open(): boolean {
    return !this.closed;
  }

  add(files: readonly LoadFile[]): void {
    this.files.push(...files);
    this.bytes += files.reduce((sum, file) => sum + file.size, 0);
    this.wake();
  }

  close(): void {
    this.closed = true;
    this.wake();
  }

  /** Ends the load with this error (the listing failed). */
  fail(error: unknown): void {
    this.failure = error ?? new Error('The listing failed.');
    this.close();
  }

  /**
   * Resolves once fewer than `count` files wait to be taken, or the queue is closed: a listing
   * paced by it stays a little ahead of the reads rather than taking the thread from them (in
   * the mock, listing a day builds its files).
   */
  async roomFor(count: number): Promise<void> {
    while (!this.closed && this.files.length - this.taken >= count) {
      await new Promise<void>((resolve) => this.draining.push(resolve));
    }
  }

  /** The next file; null once every file is taken and the queue is closed. */
  async take(): Promise<LoadFile | null> {
    for (;;) {
      if (this.failure !== null) {
        throw this.failure;
      }
      const file = this.files[this.taken];
      if (file) {
        this.taken += 1;
        this.wakeDraining();
        return file;
      }
      if (this.closed) {
        return null;
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  private wake(): void {
    this.waiting = resolveAll(this.waiting);
    if (this.closed) {
      this.wakeDraining();
    }
  }

  private wakeDraining(): void {
    this.draining = resolveAll(this.draining);
  }
}

/** Traces that make a batch even while an insert is under way: fewer, larger inserts cost DuckDB less. */
const BATCH_TRACES = 5_000;

/**
 * Reads files into the engine (parsed in the parse worker), a batch of rows at a time, reporting
 * files, bytes and traces read. A batch goes in as soon as the engine is free (the first file's
 * rows at once, so that they can be queried), else once it is full; files are read and parsed
 * while an insert runs, and while the engine is still starting (its wasm takes seconds to
 * compile).
 */
export async function loadFiles(
  engine: Promise<ArchiveEngine>,
  files: readonly LoadFile[] | FileQueue,
  options: {
    signal?: AbortSignal;
    onProgress?: (progress: LoadProgress) => void;
    /** After each batch of rows is in the engine: what was read so far can be queried. */
    onInserted?: () => void;
    concurrency?: number;
  },
): Promise<LoadProgress> {
  const queue = files instanceof FileQueue ? files : new FileQueue(files, true);
  const progress: LoadProgress = { files: 0, totalFiles: 0, bytes: 0, totalBytes: 0, traces: 0 };
  const report = (): LoadProgress => ({ ...progress, totalFiles: queue.length, totalBytes: queue.bytes, ...(queue.open ? { listing: true } : {}) });
  let batch: Uint8Array[] = [];
  let batchTraces = 0;
  let inserting: Promise<unknown> = engine;
  let inserts = 0;
  const flush = () => {
    if (batch.length === 0) {
      return;
    }
    const parts = batch;
    batch = [];
    batchTraces = 0;
    inserts += 1;
    inserting = inserting.then(async () => {
      try {
        options.signal?.throwIfAborted();
        await (await engine).insertCsv(concat(parts));
      } finally {
        inserts -= 1;
      }
      if (!options.signal?.aborted) {
        options.onInserted?.();
      }
      // What was parsed during this insert goes in next, without waiting for a full batch.
      if (inserts === 0) {
        flush();
      }
    });
  };
  const worker = async () => {
    for (;;) {
      options.signal?.throwIfAborted();
      const file = await queue.take();
      if (!file) {
        return;
      }
      options.signal?.throwIfAborted();
      const bytes = await file.read();
      if (bytes) {
        const size = bytes.length;
        const { csv, traces } = await parseFile(file.name, bytes);
        batch.push(csv);
        batchTraces += traces;
        progress.traces += traces;
        progress.bytes += size;
      }
      progress.files += 1;
      options.onProgress?.(report());
      if (inserts === 0 || batchTraces >= BATCH_TRACES) {
        flush();
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 16 }, worker));
  flush();
  // An insert that ends can start the next: wait for the last one.
  for (let last = inserting; ; last = inserting) {
    await last;
    if (last === inserting) {
      break;
    }
  }
  options.signal?.throwIfAborted();
  return report();
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}
