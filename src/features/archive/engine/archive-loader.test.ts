import { describe, expect, it, vi } from 'vitest';
import { type TrackerTransfer, dayFolder, traceFileKey } from '@/api/archive/archive-layout';
import type { ObsListing, ObsReader } from '@/api/archive/obs-reader';
import { FileQueue, type LoadFile, type LoadProgress, listTraceFiles, loadFiles } from '@/features/archive/engine/archive-loader';
import type { ArchiveEngine } from '@/features/archive/engine/duckdb-engine';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const FROM = Date.UTC(2026, 10, 1);
const TRANSFER: TrackerTransfer = { trackerName: 'system', bucket: 'b', prefix: 'management', region: 'ap-southeast-1', compressed: false, sortByService: true };

function traceFile(name: string, ids: string[]): LoadFile {
  const bytes = new TextEncoder().encode(JSON.stringify(ids.map((trace_id) => ({ trace_id, time: 1 }))));
  return { name, size: bytes.length, read: async () => bytes.slice() };
}

function engine() {
  const inserted: string[] = [];
  const fake = { insertCsv: vi.fn(async (csv: Uint8Array) => void inserted.push(new TextDecoder().decode(csv))) };
  return { engine: Promise.resolve(fake as unknown as ArchiveEngine), inserted };
}

describe('loading trace files', () => {
  it('reads the files a listing adds while it goes on, says so, and ends once it is closed', async () => {
    const { engine: db, inserted } = engine();
    const queue = new FileQueue();
    const progress: LoadProgress[] = [];
    const loading = loadFiles(db, queue, { onProgress: (next) => progress.push(next) });
    queue.add([traceFile('day-1.json', ['a', 'b'])]);
    await vi.waitFor(() => expect(progress.at(-1)).toMatchObject({ files: 1, totalFiles: 1, traces: 2, listing: true }));
    queue.add([traceFile('day-2.json', ['c'])]);
    queue.close();
    const done = await loading;
    expect(done).toMatchObject({ files: 2, totalFiles: 2, traces: 3 });
    expect(done.listing).toBeUndefined();
    expect(inserted.join('').match(/^"[abc]"/gm)).toHaveLength(3);
  });

  it('fails with the listing’s error, and takes nothing after it', async () => {
    const queue = new FileQueue();
    const loading = loadFiles(engine().engine, queue, {});
    queue.fail(new Error('OBS answered 403.'));
    await expect(loading).rejects.toThrow('OBS answered 403.');
    await expect(queue.take()).rejects.toThrow('OBS answered 403.');
  });

  it('reads a list of files whole', async () => {
    const { engine: db, inserted } = engine();
    const files = [traceFile('a.json', ['a']), traceFile('b.json', ['b'])];
    expect(await loadFiles(db, files, {})).toMatchObject({ files: 2, totalFiles: 2, traces: 2, bytes: files.reduce((sum, file) => sum + file.size, 0) });
    expect(inserted.join('').match(/^"[ab]"/gm)).toHaveLength(2);
  });
});

describe('listing a tracker’s trace files', () => {
  it('hands over each day’s trace files as it is listed, in range, from its service folders, never its digests', async () => {
    const key = (time: number, service: string) => traceFileKey(TRANSFER, service, time, 'abcdef0123456789');
    const listing = (keys: string[]): ObsListing[] => keys.map((k) => ({ key: k, size: 10, etag: 'e' }));
    const listed: string[] = [];
    const reader: ObsReader = {
      listFolder: vi.fn(async (_bucket: string, prefix: string) => {
        const day = Date.UTC(Number(prefix.split('/')[2]), Number(prefix.split('/')[3]) - 1, Number(prefix.split('/')[4]));
        return { objects: [], folders: [`${prefix}Digest/`, `${prefix}ECS/`].filter(() => day >= FROM) };
      }),
      list: vi.fn(async (_bucket: string, prefix: string) => {
        listed.push(prefix);
        const day = Date.UTC(Number(prefix.split('/')[2]), Number(prefix.split('/')[3]) - 1, Number(prefix.split('/')[4]));
        return listing([key(day + HOUR, 'ECS'), key(day + 23 * HOUR, 'ECS')]);
      }),
      get: vi.fn(async () => null),
    };
    const days: string[][] = [];
    const files = await listTraceFiles({ reader, bucket: 'b', region: TRANSFER.region, tracker: 'system' }, FROM, FROM + 2 * DAY, undefined, (objects) => days.push(objects.map((object) => object.key)));
    // Two days and the hours after them in which CTS still writes the second day's traces.
    expect(days).toHaveLength(3);
    expect(days.flat()).toEqual(files.map((file) => file.key));
    expect(files.map((file) => file.key)).toEqual([key(FROM + HOUR, 'ECS'), key(FROM + 23 * HOUR, 'ECS'), key(FROM + DAY + HOUR, 'ECS'), key(FROM + DAY + 23 * HOUR, 'ECS'), key(FROM + 2 * DAY + HOUR, 'ECS')]);
    expect(listed).toEqual([0, 1, 2].map((day) => `${dayFolder(TRANSFER.region, FROM + day * DAY)}system/ECS/`));
  });
});
