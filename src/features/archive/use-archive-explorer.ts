import { useCallback, useEffect, useRef, useState } from 'react';
import { OBS_UNAVAILABLE_CODE } from '@/api/archive/obs-client';
import { type ObsListing, obsReader } from '@/api/archive/obs-reader';
import { isApiError } from '@/api/errors';
import { pacedProgress } from '@/components/paced-progress';
import { FileQueue, type LoadFile, type LoadProgress, listTraceFiles, loadFiles } from '@/features/archive/engine/archive-loader';
import { beyondBrowser } from '@/features/archive/engine/engine-sql';
import { fileText } from '@/features/archive/engine/trace-csv';
import { traceOfFile } from '@/features/archive/engine/trace-rows';
import type { ArchiveEngine, QueryResult } from '@/features/archive/engine/duckdb-engine';
import type { Message } from '@/i18n/message-id';

export interface LoadedScope {
  /** What was read: a tracker's bucket over a range, or files the user opened. */
  source: { kind: 'bucket'; tracker: string; bucket: string; from: number; to: number } | { kind: 'files'; names: string[] };
  files: number;
  bytes: number;
  traces: number;
  complete: boolean;
}

/** A tracker's files of a range, listed and not read yet. */
export interface BucketListing {
  source: Extract<LoadedScope['source'], { kind: 'bucket' }>;
  objects: ObsListing[];
  bytes: number;
}

/**
 * How a query of a tracker's range ended: its files read (whole, or until cancelled), more than
 * this browser should read (listed, waiting for the user), or nothing read (failed or cancelled).
 */
export type BucketQuery = { outcome: 'read' } | { outcome: 'beyond'; listing: BucketListing } | { outcome: 'none' };

export interface ExplorerState {
  /** `listed`: a bucket's files are listed (in `progress`'s totals), waiting to be read. */
  phase: 'idle' | 'starting' | 'loading' | 'listed' | 'ready' | 'cancelled' | 'error';
  progress: LoadProgress | null;
  scope: LoadedScope | null;
  /** The console's own refusal as a message (shown in the active language); DuckDB's and OBS's errors as they wrote them. */
  error: Message | string | null;
}

function explorerError(error: unknown): Message | string {
  if (isApiError(error) && error.code === OBS_UNAVAILABLE_CODE) {
    return { id: 'archive.obs.unavailable' };
  }
  return error instanceof Error ? error.message : String(error);
}

interface RunOptions {
  controller?: AbortController;
  /** The listing that adds to the queue read: the load ends with it. */
  listing?: Promise<unknown>;
  /** True when the listing went beyond what this browser should read: the caller says so. */
  beyond?: () => boolean;
  /** After each batch of rows is in DuckDB: what was read so far can be queried. */
  onInserted?: () => void;
}

/** A loaded file's bytes by its name (the object key, or the opened file's name); null when it is gone. */
type FileReader = (name: string, signal?: AbortSignal) => Promise<Uint8Array | null>;

/** A bucket's objects by key. */
function bucketReader(bucket: string): FileReader {
  return async (key, signal) => (await obsReader.get(bucket, key, signal))?.bytes ?? null;
}

/** Listed objects as files to load, read with `read` under `signal`. */
function objectFiles(objects: readonly ObsListing[], read: FileReader, signal: AbortSignal): LoadFile[] {
  return objects.map((object) => ({ name: object.key, size: object.size, read: () => read(object.key, signal) }));
}

/**
 * Files listed ahead of the reads: the next day is listed once fewer wait. A day of a tracker is
 * a few dozen files; listing further ahead would take the page's thread from the reads (the
 * mock builds a day's files to list them) and delay the first rows.
 */
const READ_AHEAD_FILES = 32;
/**
 * Days listed (and read) before DuckDB has started: their rows are ready for it. More would take
 * the machine from the compiling of its wasm, which the first rows wait for.
 */
const DAYS_BEFORE_ENGINE = 2;

let engineLoad: Promise<ArchiveEngine> | undefined;
/** DuckDB is loaded once per page load, when the explorer first needs it. */
function engine(): Promise<ArchiveEngine> {
  engineLoad ??= import('@/features/archive/engine/duckdb-engine').then(({ ArchiveEngine }) => ArchiveEngine.start());
  engineLoad.catch(() => {
    engineLoad = undefined;
  });
  return engineLoad;
}

/** Loads trace files into DuckDB (from a bucket or from the user's files) and queries them. */
export function useArchiveExplorer() {
  const [state, setState] = useState<ExplorerState>({ phase: 'idle', progress: null, scope: null, error: null });
  const running = useRef<AbortController | null>(null);
  /** Reads a file of what was loaded last, by its `file` column: the drawer reads a trace whole from its file. */
  const loadedFile = useRef<FileReader>(async () => null);
  useEffect(() => () => running.current?.abort(), []);
  // The page is there to query: DuckDB (seconds to download and compile) starts as the page
  // mounts, rather than when the first query asks for it. Not when the page is idle: a query
  // started at once would keep it busy, and the engine would start last.
  useEffect(() => {
    void engine().catch(() => undefined);
  }, []);

  const begin = useCallback(() => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    return controller;
  }, []);

  /**
   * Reads files into DuckDB with `readFile`, which the drawer then reads its traces with; a queue's
   * files as a listing adds them (`listing`, under the same controller, closes or fails it).
   */
  const run = useCallback(async (source: LoadedScope['source'], files: readonly LoadFile[] | FileQueue, readFile: FileReader, { controller = begin(), listing, beyond, onInserted }: RunOptions = {}) => {
    loadedFile.current = readFile;
    setState((previous) => ({ ...previous, phase: 'starting', progress: null, error: null }));
    const progress = pacedProgress<LoadProgress>((latest) => setState((previous) => (previous.phase === 'loading' ? { ...previous, progress: latest } : previous)));
    try {
      // DuckDB starts (or empties) while the files are read; a failure surfaces from loadFiles.
      const db = engine().then(async (started) => (await started.clear(), started));
      db.catch(() => undefined);
      setState((previous) => ({ ...previous, phase: 'loading' }));
      const [loaded] = await Promise.all([loadFiles(db, files, { signal: controller.signal, onProgress: progress.report, onInserted }).finally(progress.stop), listing]);
      if (beyond?.()) {
        return;
      }
      setState({ phase: 'ready', progress: loaded, error: null, scope: { source, files: loaded.files, bytes: loaded.bytes, traces: loaded.traces, complete: true } });
    } catch (error) {
      if (controller.signal.aborted) {
        const read = progress.latest;
        setState((previous) => ({ ...previous, phase: 'cancelled', scope: read ? { source, files: read.files, bytes: read.bytes, traces: read.traces, complete: false } : null }));
      } else {
        setState((previous) => ({ ...previous, phase: 'error', error: explorerError(error) }));
      }
    }
  }, [begin]);

  /**
   * Lists a tracker's files of a range and reads them as they are listed, newest first. When the
   * listing grows beyond what this browser should read, reading stops and the listing goes on, for
   * its totals: the range waits for the user (`beyond`).
   */
  const queryBucket = useCallback(
    async (tracker: string, bucket: string, region: string, from: number, to: number, onInserted?: () => void): Promise<BucketQuery> => {
      const controller = begin();
      const source = { kind: 'bucket' as const, tracker, bucket, from, to };
      const readObject = bucketReader(bucket);
      // Counts the reads begun: a query cancelled before any shows no rows.
      let read = 0;
      const counted: FileReader = (key, signal) => ((read += 1), readObject(key, signal));
      const queue = new FileQueue();
      let paced = 0;
      const pace = async () => {
        paced += 1;
        if (paced > DAYS_BEFORE_ENGINE) {
          await engine().catch(() => undefined);
        }
        await queue.roomFor(READ_AHEAD_FILES);
      };
      let listedFiles = 0;
      let listedBytes = 0;
      let beyond = false;
      // Rows read before the listing went beyond are not queried: the caller shows none of them.
      const inserted = onInserted && (() => void (beyond || onInserted()));
      const listing = listTraceFiles({ reader: obsReader, bucket, region, tracker }, from, to, controller.signal, (objects) => {
        listedFiles += objects.length;
        listedBytes += objects.reduce((sum, object) => sum + object.size, 0);
        beyond ||= beyondBrowser({ files: listedFiles, bytes: listedBytes });
        if (beyond) {
          // What was read so far is not shown: the whole range, or nothing until the user says so.
          queue.close();
          return;
        }
        queue.add(objectFiles(objects, counted, controller.signal));
      }, pace).then(
        (objects) => (queue.close(), objects),
        (error: unknown) => {
          queue.fail(error);
          throw error;
        },
      );
      listing.catch(() => undefined);
      await run(source, queue, readObject, { controller, listing, beyond: () => beyond, onInserted: inserted });
      if (controller.signal.aborted || running.current !== controller) {
        return { outcome: read > 0 ? 'read' : 'none' };
      }
      const objects = await listing.catch(() => null);
      if (!objects) {
        return { outcome: 'none' };
      }
      if (beyond) {
        const total = { files: 0, totalFiles: objects.length, bytes: 0, totalBytes: listedBytes, traces: 0 };
        setState((previous) => ({ ...previous, phase: 'listed', progress: total, scope: null }));
        return { outcome: 'beyond', listing: { source, objects, bytes: listedBytes } };
      }
      return { outcome: 'read' };
    },
    [begin, run],
  );

  /** Reads a listing's files into DuckDB (a range beyond what this browser should read, read anyway). */
  const readListing = useCallback(
    ({ source, objects }: BucketListing, onInserted?: () => void) => {
      const controller = begin();
      const readObject = bucketReader(source.bucket);
      return run(source, objectFiles(objects, readObject, controller.signal), readObject, { controller, onInserted });
    },
    [begin, run],
  );

  const loadLocalFiles = useCallback(
    (files: readonly File[], onInserted?: () => void) => {
      const bytesOf = async (file: File) => new Uint8Array(await file.arrayBuffer());
      const loaded: LoadFile[] = files.map((file) => ({ name: file.name, size: file.size, read: () => bytesOf(file) }));
      const readFile: FileReader = async (name) => {
        const file = files.find((candidate) => candidate.name === name);
        return file ? bytesOf(file) : null;
      };
      return run({ kind: 'files', names: files.map((file) => file.name) }, loaded, readFile, { onInserted });
    },
    [run],
  );

  const cancel = useCallback(() => {
    running.current?.abort();
    void engineLoad?.then((db) => db.cancel());
  }, []);
  const query = useCallback(async (sql: string): Promise<QueryResult> => (await engine()).query(sql), []);
  /**
   * A trace whole, as its file has it; null when the file or the trace is gone. The `traces` view
   * holds the fields only: each trace's JSON as well would double what is parsed and loaded.
   */
  const readTrace = useCallback(async (file: string, traceId: string): Promise<Record<string, unknown> | null> => {
    const bytes = await loadedFile.current(file);
    return bytes ? traceOfFile(fileText(bytes), traceId) : null;
  }, []);
  return { state, queryBucket, readListing, loadLocalFiles, cancel, query, readTrace };
}
