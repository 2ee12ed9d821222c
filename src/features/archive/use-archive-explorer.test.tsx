import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { parseArchiveKey } from '@/api/archive/archive-layout';
import { obsReader } from '@/api/archive/obs-reader';
import { listTraceFiles } from '@/features/archive/engine/archive-loader';
import type * as EngineSql from '@/features/archive/engine/engine-sql';
import type { BucketQuery } from '@/features/archive/use-archive-explorer';
import { useArchiveExplorer } from '@/features/archive/use-archive-explorer';
import { mockDb } from '@/mocks/node';

const DAY = 86_400_000;
const BUCKET = 'cts-audit-logs-prod';
const REGION = 'ap-southeast-1';

/** DuckDB does not run in jsdom: an engine that counts the rows it is given. */
const inserted = vi.hoisted(() => ({ rows: 0, batches: [] as string[] }));
vi.mock('@/features/archive/engine/duckdb-engine', () => ({
  ArchiveEngine: {
    start: async () => ({
      clear: async () => void ((inserted.rows = 0), (inserted.batches = [])),
      insertCsv: async (csv: Uint8Array) => {
        const text = new TextDecoder().decode(csv);
        inserted.batches.push(text);
        inserted.rows += text.split('\n').length - 1;
      },
      cancel: async () => undefined,
    }),
  },
}));

/** A small limit for this browser, so that a week of the demo is beyond it. */
vi.mock('@/features/archive/engine/engine-sql', async (original) => ({
  ...(await original<typeof EngineSql>()),
  beyondBrowser: ({ files }: { files: number }) => files > 60,
}));

async function queried(days: number, onInserted?: () => void) {
  const { result } = renderHook(() => useArchiveExplorer());
  const to = mockDb.anchor - 8 * DAY;
  let outcome = { outcome: 'none' } as BucketQuery;
  await act(async () => {
    outcome = await result.current.queryBucket('system', BUCKET, REGION, to - days * DAY, to, onInserted);
  });
  const listed = await listTraceFiles({ reader: obsReader, bucket: BUCKET, region: REGION, tracker: 'system' }, to - days * DAY, to);
  return { outcome, state: result.current.state, listed };
}

describe('a query of a tracker’s range', () => {
  it('reads the files as they are listed, to the last, and says the range is complete', async () => {
    const { outcome, state, listed } = await queried(2);
    expect(outcome).toEqual({ outcome: 'read' });
    expect(state.phase).toBe('ready');
    expect(listed.length).toBeGreaterThan(0);
    expect(state.scope).toMatchObject({ complete: true, files: listed.length, bytes: listed.reduce((sum, file) => sum + file.size, 0) });
    expect(state.scope?.traces).toBe(inserted.rows);
  }, 30_000);

  it('reads the newest files first, and says as each batch of their rows reaches DuckDB', async () => {
    const reads: string[] = [];
    const get = obsReader.get.bind(obsReader);
    const spy = vi.spyOn(obsReader, 'get').mockImplementation((bucket, key, signal) => (reads.push(key), get(bucket, key, signal)));
    const batchesAtEach: number[] = [];
    try {
      await queried(2, () => batchesAtEach.push(inserted.batches.length));
    } finally {
      spy.mockRestore();
    }
    expect(batchesAtEach.length).toBeGreaterThan(0);
    expect(batchesAtEach).toEqual(inserted.batches.map((_, i) => i + 1));
    // Newest first: the top of a list newest first comes from the first files read.
    const written = reads.map((key) => parseArchiveKey(key)?.time ?? 0);
    expect(written.length).toBeGreaterThan(10);
    expect(written).toEqual([...written].sort((a, b) => b - a));
  }, 30_000);

  it('stops reading a range beyond what this browser should read, and lists it whole for the user to decide', async () => {
    const { outcome, state, listed } = await queried(5);
    if (outcome.outcome !== 'beyond') {
      throw new Error(`expected the range to be beyond the browser, got ${outcome.outcome}`);
    }
    expect(outcome.listing.objects).toEqual(listed);
    expect(listed.length).toBeGreaterThan(60);
    expect(state.phase).toBe('listed');
    expect(state.scope).toBeNull();
    expect(state.progress).toMatchObject({ totalFiles: outcome.listing.objects.length, totalBytes: outcome.listing.bytes });
  }, 30_000);
});
