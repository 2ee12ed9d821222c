import { gunzipSync } from 'fflate';
import { dayFolder, daysBetween, parseArchiveKey } from '@/api/archive/archive-layout';
import type { ObsListing, ObsReader } from '@/api/archive/obs-reader';
import type { ArchiveEngine } from '@/features/archive/engine/duckdb-engine';
import { type TraceRow, rowsOfFile } from '@/features/archive/engine/trace-rows';

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

/** Text of a trace file's bytes: gunzipped when they are gzip (by their magic number, not their name). */
export function fileText(bytes: Uint8Array): string {
  const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return new TextDecoder().decode(gzip ? gunzipSync(bytes) : bytes);
}

/** The tracker's trace files that can hold traces of (from, to): written from `from` to two hours after `to`. */
export async function listTraceFiles(source: ArchiveSource, from: number, to: number, signal?: AbortSignal): Promise<ObsListing[]> {
  const files: ObsListing[] = [];
  for (const day of daysBetween(from, to + WRITE_DELAY_MS)) {
    const listed = await source.reader.list(source.bucket, `${dayFolder(source.region, day)}${source.tracker}/`, signal);
    for (const object of listed) {
      const parsed = parseArchiveKey(object.key);
      if (parsed?.kind === 'trace' && parsed.time > from && parsed.time < to + WRITE_DELAY_MS) {
        files.push(object);
      }
    }
  }
  return files;
}

/** Reads files into the engine, a batch of rows at a time, reporting files, bytes and traces read. */
export async function loadFiles(
  engine: ArchiveEngine,
  files: readonly { name: string; size: number; read: () => Promise<Uint8Array | null> }[],
  options: { signal?: AbortSignal; onProgress?: (progress: LoadProgress) => void; concurrency?: number },
): Promise<LoadProgress> {
  const progress: LoadProgress = { files: 0, totalFiles: files.length, bytes: 0, totalBytes: files.reduce((sum, file) => sum + file.size, 0), traces: 0 };
  let batch: TraceRow[] = [];
  let inserting = Promise.resolve();
  const flush = () => {
    const rows = batch;
    batch = [];
    inserting = inserting.then(() => engine.insert(rows));
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
        const rows = rowsOfFile(fileText(bytes), file.name);
        batch.push(...rows);
        progress.traces += rows.length;
        progress.bytes += bytes.length;
      }
      progress.files += 1;
      options.onProgress?.({ ...progress });
      if (batch.length >= 5_000) {
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
