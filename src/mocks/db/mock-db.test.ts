import { describe, expect, it } from 'vitest';
import { MockDb, type MockPersistence, type PersistedMockState } from '@/mocks/db/mock-db';
import { FINANCE_TRACKER_NAME, SYSTEM_TRACKER_ID } from '@/mocks/db/seed-world';

function memoryPersistence(): MockPersistence & { state: PersistedMockState | null } {
  return {
    state: null,
    load() {
      return this.state;
    },
    save(state) {
      this.state = structuredClone(state);
    },
    clear() {
      this.state = null;
    },
  };
}

const NOW = Date.UTC(2026, 10, 23, 12);

describe('MockDb persistence', () => {
  it('keeps what the user changed across a reload, and derives the same traces from the seed', () => {
    const persistence = memoryPersistence();
    const first = new MockDb({ volume: 500, now: () => NOW, persistence });
    first.trackers.delete(FINANCE_TRACKER_NAME);
    first.tags.set(SYSTEM_TRACKER_ID, [{ key: 'team', value: 'audit' }]);
    const [injected] = first.traces.add([{ trace_name: 'deleteServer', service_type: 'ECS', resource_type: 'ecs', resource_name: '=1+1' }], NOW);
    first.commit();

    const reloaded = new MockDb({ volume: 500, now: () => NOW, persistence });
    expect(reloaded.trackers.has(FINANCE_TRACKER_NAME)).toBe(false);
    expect(reloaded.tags.get(SYSTEM_TRACKER_ID)).toEqual([{ key: 'team', value: 'audit' }]);
    expect(reloaded.traces.get(injected ?? '')?.resource_name).toBe('=1+1');
    const window = { trace_type: 'system' as const, from: NOW - 7 * 86_400_000, to: NOW + 1, limit: 50 };
    expect(reloaded.traces.query(window).traces.map((trace) => trace.trace_id)).toEqual(
      first.traces.query(window).traces.map((trace) => trace.trace_id),
    );
  });

  it('persists only the changes, never the generated traces', () => {
    const persistence = memoryPersistence();
    const db = new MockDb({ volume: 2_000, now: () => NOW, persistence });
    db.commit();
    expect(persistence.state?.extraTraces).toEqual([]);
    expect(JSON.stringify(persistence.state).length).toBeLessThan(20_000);
  });

  it('forgets the changes on reset', () => {
    const persistence = memoryPersistence();
    const db = new MockDb({ volume: 500, now: () => NOW, persistence });
    db.trackers.delete(FINANCE_TRACKER_NAME);
    db.commit();
    db.reset();
    expect(persistence.state).toBeNull();
    expect(db.trackers.has(FINANCE_TRACKER_NAME)).toBe(true);
    expect(new MockDb({ volume: 500, now: () => NOW, persistence }).trackers.has(FINANCE_TRACKER_NAME)).toBe(true);
  });
});
