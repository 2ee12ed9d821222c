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
}

export interface ArchiveSource {
  reader: ObsReader;
  bucket: string;
  region: string;
  tracker: string;
}

/**
 * The tracker's trace files that can hold traces of (from, to): written from `from` to WRITE_DELAY_MS
 * after `to`. Each day's tracker folder is listed by folder, so its digests (`Digest/`) are never listed.
 */
export async function listTraceFiles(source: ArchiveSource, from: number, to: number, signal?: AbortSignal): Promise<ObsListing[]> {
  const inRange = (object: ObsListing) => {
    const parsed = parseArchiveKey(object.key);
    return parsed?.kind === 'trace' && parsed.time > from && parsed.time < to + WRITE_DELAY_MS;
  };
  const days = await Promise.all(
    daysBetween(from, to + WRITE_DELAY_MS).map(async (day) => {
      const folder = await source.reader.listFolder(source.bucket, `${dayFolder(source.region, day)}${source.tracker}/`, signal);
      // Service folders (trackers that sort by service); the digests' folder is not read.
      const services = await Promise.all(folder.folders.filter((prefix) => !prefix.endsWith(`/${DIGEST_FOLDER}/`)).map((prefix) => source.reader.list(source.bucket, prefix, signal)));
      return [...folder.objects, ...services.flat()].filter(inRange);
    }),
  );
  return days.flat();
}

/** Traces per insert into DuckDB: fewer, larger inserts cost it less. */
const BATCH_TRACES = 5_000;

/**
 * Reads files into the engine (parsed in the parse worker), a batch of rows at a time, reporting
 * files, bytes and traces read. Files are read and parsed while the engine is still starting (its
 * wasm takes seconds to compile); their rows wait for it.
 */
export async function loadFiles(
  engine: Promise<ArchiveEngine>,
  files: readonly { name: string; size: number; read: () => Promise<Uint8Array | null> }[],
  options: { signal?: AbortSignal; onProgress?: (progress: LoadProgress) => void; concurrency?: number },
): Promise<LoadProgress> {
  const progress: LoadProgress = { files: 0, totalFiles: files.length, bytes: 0, totalBytes: files.reduce((sum, file) => sum + file.size, 0), traces: 0 };
  let batch: Uint8Array[] = [];
  let batchTraces = 0;
  let inserting: Promise<unknown> = engine;
  const flush = () => {
    if (batch.length === 0) {
      return;
    }
    const parts = batch;
    batch = [];
    batchTraces = 0;
    inserting = inserting.then(async () => (await engine).insertCsv(concat(parts)));
  };
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      options.signal?.throwIfAborted();
      const file = files[next];
      next += 1;
      if (!file) {
        continue;
      }
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
      options.onProgress?.({ ...progress });
      if (batchTraces >= BATCH_TRACES) {
        flush();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 8, files.length) }, worker));
  flush();
  await inserting;
  options.signal?.throwIfAborted();
  return progress;
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
