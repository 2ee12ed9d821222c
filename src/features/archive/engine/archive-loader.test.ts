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

  it('puts the first file’s rows in at once, and what is read during an insert in one batch after it', async () => {
    let ready: () => void = () => undefined;
    const { engine: fast, inserted } = engine();
    const db = new Promise<ArchiveEngine>((resolve) => (ready = () => void fast.then(resolve)));
    let reads = 0;
    const files = ['a', 'b', 'c'].map((id) => traceFile(`${id}.json`, [id])).map((file) => ({ ...file, read: () => ((reads += 1), file.read()) }));
    const insertedAtEach: number[] = [];
    const loading = loadFiles(db, files, { concurrency: 1, onInserted: () => insertedAtEach.push(inserted.length) });
    // The engine is still starting while every file is read.
    await vi.waitFor(() => expect(reads).toBe(3));
    await new Promise((resolve) => setTimeout(resolve, 20));
    ready();
    await loading;
    expect(inserted.map((csv) => csv.match(/^"[abc]"/gm)?.join(''))).toEqual(['"a"', '"b""c"']);
    expect(insertedAtEach).toEqual([1, 2]);
  });

  it('makes a batch of a full batch’s traces even while an insert is under way', async () => {
    let release: () => void = () => undefined;
    const inserted: number[] = [];
    const slow = { insertCsv: vi.fn((csv: Uint8Array) => new Promise<void>((resolve) => (release = () => (inserted.push(new TextDecoder().decode(csv).split('\n').length - 1), resolve())))) };
    const ids = (file: number, count: number) => Array.from({ length: count }, (_, i) => `${file}-${i}`);
    const files = [traceFile('a.json', ids(1, 1)), traceFile('b.json', ids(2, 3_000)), traceFile('c.json', ids(3, 3_000)), traceFile('d.json', ids(4, 10))];
    const loading = loadFiles(Promise.resolve(slow as unknown as ArchiveEngine), files, { concurrency: 1 });
    // a goes in at once; b and c make a full batch while a's insert runs; d waits for them.
    await vi.waitFor(() => expect(slow.insertCsv).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    await vi.waitFor(() => expect(slow.insertCsv).toHaveBeenCalledTimes(2));
    release();
    await vi.waitFor(() => expect(slow.insertCsv).toHaveBeenCalledTimes(3));
    release();
    await loading;
    expect(inserted).toEqual([1, 6_000, 10]);
  });

  it('says nothing of batches inserted after the load was cancelled', async () => {
    let release: () => void = () => undefined;
    const slow = { insertCsv: vi.fn(() => new Promise<void>((resolve) => (release = resolve))) };
    const controller = new AbortController();
    const onInserted = vi.fn();
    const loading = loadFiles(Promise.resolve(slow as unknown as ArchiveEngine), [traceFile('a.json', ['a']), traceFile('b.json', ['b'])], { concurrency: 1, signal: controller.signal, onInserted });
    await vi.waitFor(() => expect(slow.insertCsv).toHaveBeenCalledTimes(1));
    controller.abort();
    release();
    await expect(loading).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(onInserted).not.toHaveBeenCalled();
  });

  it('reads a list of files whole', async () => {
    const { engine: db, inserted } = engine();
    const files = [traceFile('a.json', ['a']), traceFile('b.json', ['b'])];
    expect(await loadFiles(db, files, {})).toMatchObject({ files: 2, totalFiles: 2, traces: 2, bytes: files.reduce((sum, file) => sum + file.size, 0) });
    expect(inserted.join('').match(/^"[ab]"/gm)).toHaveLength(2);
  });
});

describe('the queue of files to read', () => {
  it('has room for more once fewer than the count wait to be taken, or once it is closed', async () => {
    const queue = new FileQueue([traceFile('a.json', ['a']), traceFile('b.json', ['b'])]);
    let room = false;
    void queue.roomFor(2).then(() => (room = true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(room).toBe(false);
    await queue.take();
    await vi.waitFor(() => expect(room).toBe(true));

    const full = new FileQueue([traceFile('c.json', ['c'])]);
    const closing = full.roomFor(1);
    full.close();
    await expect(closing).resolves.toBeUndefined();
  });
});

describe('listing a tracker’s trace files', () => {
  it('lists the next day only when its reader says so', async () => {
    const reader: ObsReader = {
      listFolder: vi.fn(async () => ({ objects: [], folders: [] })),
      list: vi.fn(async () => []),
      get: vi.fn(async () => null),
    };
    // Each lister waits for its turn; a turn lets one day be listed.
    const turns: (() => void)[] = [];
    const paced = vi.fn(() => new Promise<void>((resolve) => turns.push(resolve)));
    const listing = listTraceFiles({ reader, bucket: 'b', region: TRANSFER.region, tracker: 'system' }, FROM, FROM + DAY, undefined, undefined, paced);
    await vi.waitFor(() => expect(paced).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(reader.listFolder).not.toHaveBeenCalled();
    for (let day = 0; day < 2; day += 1) {
      turns.shift()?.();
      await vi.waitFor(() => expect(reader.listFolder).toHaveBeenCalledTimes(day + 1));
    }
    while (turns.length > 0) {
      turns.shift()?.();
    }
    await listing;
    expect(reader.listFolder).toHaveBeenCalledTimes(2);
  });

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
    // Two days and the hours after them in which CTS still writes the second day's traces, newest
    // first: a list newest first has its top rows from the first files read.
    expect(days).toHaveLength(3);
    expect(days.flat()).toEqual(files.map((file) => file.key));
    expect(files.map((file) => file.key)).toEqual([key(FROM + 2 * DAY + HOUR, 'ECS'), key(FROM + DAY + 23 * HOUR, 'ECS'), key(FROM + DAY + HOUR, 'ECS'), key(FROM + 23 * HOUR, 'ECS'), key(FROM + HOUR, 'ECS')]);
    expect(listed).toEqual([2, 1, 0].map((day) => `${dayFolder(TRANSFER.region, FROM + day * DAY)}system/ECS/`));
  });
});
