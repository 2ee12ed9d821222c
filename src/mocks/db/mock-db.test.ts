import { describe, expect, it } from 'vitest';
import { MockDb, type MockPersistence } from '@/mocks/db/mock-db';
import { type PersistedMockState, checkPersistedText } from '@/mocks/db/persisted-state';
import { FINANCE_TRACKER_NAME, SYSTEM_TRACKER_ID } from '@/mocks/db/seed-world';
import { DAY_MS, HOUR_MS } from '@/mocks/db/trace-time';
import { LIVE_REFRESH_MS } from '@/mocks/db/trace-store';

function memoryPersistence(): MockPersistence & { state: PersistedMockState | null; fail: boolean } {
  return {
    state: null,
    fail: false,
    load() {
      return this.state;
    },
    save(state) {
      if (this.fail) {
        throw new Error('disk full');
      }
      this.state = structuredClone(state);
    },
  };
}

const NOW = Date.UTC(2026, 10, 23, 12);

describe('MockDb persistence', () => {
  it('keeps what the user changed across a reload, and derives the same traces from the seed', async () => {
    const persistence = memoryPersistence();
    const first = new MockDb({ volume: 500, now: () => NOW, persistence });
    const [injected] = await first.change(() => {
      first.trackers.delete(FINANCE_TRACKER_NAME);
      first.tags.set(SYSTEM_TRACKER_ID, [{ key: 'team', value: 'audit' }]);
      return first.traces.add([{ trace_name: 'deleteServer', service_type: 'ECS', resource_type: 'ecs', resource_name: '=1+1' }], NOW);
    });

    const reloaded = new MockDb({ volume: 500, now: () => NOW, persistence });
    expect(reloaded.trackers.has(FINANCE_TRACKER_NAME)).toBe(false);
    expect(reloaded.tags.get(SYSTEM_TRACKER_ID)).toEqual([{ key: 'team', value: 'audit' }]);
    expect(reloaded.traces.get(injected ?? '')?.resource_name).toBe('=1+1');
    const window = { trace_type: 'system' as const, from: NOW - 7 * 86_400_000, to: NOW + 1, limit: 50 };
    expect(reloaded.traces.query(window).traces.map((trace) => trace.trace_id)).toEqual(
      first.traces.query(window).traces.map((trace) => trace.trace_id),
    );
  });

  it('persists only the changes and the anchor, never the generated traces', () => {
    const persistence = memoryPersistence();
    new MockDb({ volume: 2_000, now: () => NOW, persistence });
    expect(persistence.state).toMatchObject({ version: 2, anchor: NOW, extraTraces: [] });
    expect(JSON.stringify(persistence.state).length).toBeLessThan(20_000);
  });

  it('forgets the changes on reset, and anchors the state anew', async () => {
    const persistence = memoryPersistence();
    let now = NOW;
    const db = new MockDb({ volume: 500, now: () => now, persistence });
    await db.change(() => db.trackers.delete(FINANCE_TRACKER_NAME));
    now += HOUR_MS;
    await db.reset();
    expect(persistence.state).toMatchObject({ anchor: NOW + HOUR_MS });
    expect(db.trackers.has(FINANCE_TRACKER_NAME)).toBe(true);
    expect(new MockDb({ volume: 500, now: () => now, persistence }).trackers.has(FINANCE_TRACKER_NAME)).toBe(true);
  });
});

describe('MockDb transactions', () => {
  it('undoes a change that throws halfway', async () => {
    const db = new MockDb({ volume: 300, now: () => NOW });
    const failing = db.change(() => {
      db.trackers.delete(FINANCE_TRACKER_NAME);
      throw new Error('halfway');
    });
    await expect(failing).rejects.toThrow('halfway');
    expect(db.trackers.has(FINANCE_TRACKER_NAME)).toBe(true);
  });

  it('undoes a change that could not be stored, and keeps the stored state', async () => {
    const persistence = memoryPersistence();
    const db = new MockDb({ volume: 300, now: () => NOW, persistence });
    persistence.fail = true;
    await expect(db.change(() => db.trackers.delete(FINANCE_TRACKER_NAME))).rejects.toThrow('disk full');
    expect(db.trackers.has(FINANCE_TRACKER_NAME)).toBe(true);
    expect(persistence.state?.trackers.map((tracker) => tracker.tracker_name)).toContain(FINANCE_TRACKER_NAME);
  });

  it('adds a batch of traces entirely or not at all', async () => {
    const db = new MockDb({ volume: 300, now: () => NOW });
    const batch = [{ trace_id: 'batch-1' }, { trace_id: 'batch-2' }, { trace_id: 'batch-1' }];
    await expect(db.change(() => db.traces.add(batch, NOW))).rejects.toThrow('batch-1');
    expect(db.traces.get('batch-2')).toBeUndefined();
  });
});

describe('stable time', () => {
  const week = (to: number) => ({ trace_type: 'system' as const, from: to - 7 * DAY_MS, to, limit: 200 });
  const page = (db: MockDb, to: number) => db.traces.query(week(to)).traces.map((trace) => `${trace.trace_id}@${trace.time}`);

  it('shows a state created a day ago with the same traces at the same times, and the traces that arrived since', () => {
    const persistence = memoryPersistence();
    const created = NOW - DAY_MS;
    const then = new MockDb({ volume: 2_000, now: () => created, persistence });
    const seenThen = page(then, created);
    const systemCreated = then.trackers.get('system')?.create_time;

    const today = new MockDb({ volume: 2_000, now: () => NOW, persistence });
    expect(today.anchor).toBe(created);
    expect(page(today, created)).toEqual(seenThen);
    expect(today.trackers.get('system')?.create_time).toBe(systemCreated);
    const arrived = today.traces.query({ ...week(NOW), from: created + 1 }).traces;
    expect(arrived.length).toBeGreaterThan(0);
    expect(arrived.every((trace) => trace.time > created && trace.time <= NOW)).toBe(true);
    const [newest] = arrived;
    expect(today.traces.get(newest?.trace_id ?? '')).toEqual(newest);
  });

  it('lets new traces arrive while the state lives, keeping those already shown', () => {
    let now = NOW;
    const db = new MockDb({ volume: 5_000, now: () => now });
    const before = page(db, now);
    now += 2 * HOUR_MS + LIVE_REFRESH_MS;
    const after = db.traces.query(week(now)).traces;
    const arrived = after.filter((trace) => trace.time > NOW);
    expect(arrived.length).toBeGreaterThan(0);
    const olderThanNew = after.slice(arrived.length).map((trace) => `${trace.trace_id}@${trace.time}`);
    expect(olderThanNew).toEqual(before.slice(0, olderThanNew.length));
  });
});

describe('a state stored before stable time (version 1)', () => {
  it('is read, anchored at its first load, and keeps that anchor afterwards', () => {
    const first = memoryPersistence();
    new MockDb({ volume: 300, now: () => NOW, persistence: first });
    const older: Record<string, unknown> = { ...first.state, version: 1 };
    delete older.anchor;
    const check = checkPersistedText(JSON.stringify(older), NOW + HOUR_MS);
    const persistence = memoryPersistence();
    const loaded = 'state' in check ? check.state : null;
    persistence.state = loaded;
    expect(loaded).toMatchObject({ version: 2, anchor: NOW + HOUR_MS });
    new MockDb({ volume: 300, now: () => NOW + HOUR_MS, persistence });
    // Stored again at once, anchor included: a later load finds the same anchor.
    expect(persistence.state).not.toBe(loaded);
    expect(new MockDb({ volume: 300, now: () => NOW + DAY_MS, persistence }).anchor).toBe(NOW + HOUR_MS);
  });
});
