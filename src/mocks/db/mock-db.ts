import type { MockFaults, Notification, Tag, Tracker } from '@/api/contract/types';
import { catalog } from '@/api/catalog/catalog';
import {
  SEEDED_BUCKETS,
  seededNotifications,
  seededTags,
  seededTrackers,
} from '@/mocks/db/seed-world';
import type { PersistedMockState } from '@/mocks/db/persisted-state';
import { createTraceStore, type TraceStore } from '@/mocks/db/trace-store';

export const DEFAULT_SEED = 20261123;
export const DEFAULT_VOLUME = 10_000;
export const NO_FAULTS: MockFaults = { latency_ms: 0, error_rate: 0, fail_next: null };

/** Where a runtime keeps the state between loads (localStorage in the browser, a file or nothing in Node). */
export interface MockPersistence {
  /** The stored state; a stored value of the wrong shape is set aside by the adapter, which answers null. */
  load(now: number): PersistedMockState | null;
  /**
   * Resolves once the state is stored (for the file: in its journal). The state's extra traces are
   * in the order they were added, so an adapter may store only those added since its last save.
   */
  save(state: PersistedMockState): Promise<void> | void;
}

export interface MockDbOptions {
  seed?: number;
  volume?: number;
  now?: () => number;
  persistence?: MockPersistence;
}

/**
 * The mock CTS's state. Trackers, notifications, tags and buckets are plain Maps/Sets (STYLE §9);
 * traces live in a TraceStore that derives the generated ones from the seed.
 */
export class MockDb {
  seed = DEFAULT_SEED;
  volume = DEFAULT_VOLUME;
  /** When this demo state was created or last reset: generated traces and seeded resources date from it. */
  anchor = 0;
  /** By tracker name (unique per project). */
  trackers = new Map<string, Tracker>();
  notifications = new Map<string, Notification>();
  /** By tracker ID. */
  tags = new Map<string, Tag[]>();
  /** The simulated OBS bucket inventory (names). */
  buckets = new Set<string>();
  traces!: TraceStore;
  faults: MockFaults = { ...NO_FAULTS };
  readonly now: () => number;
  private readonly options: MockDbOptions;
  /**
   * The state as of the last accepted change, what a failed change goes back to. Handlers replace
   * records rather than edit them, so a snapshot's arrays of references are a true copy.
   */
  private committed!: PersistedMockState;
  /** The state as of the last change the persistence confirmed. */
  private durable!: PersistedMockState;
  /** Seed, volume and anchor the generated traces were built for. */
  private generation = '';

  constructor(options: MockDbOptions = {}) {
    this.options = options;
    this.now = options.now ?? Date.now;
    const saved = options.persistence?.load(this.now()) ?? null;
    if (saved) {
      this.restore(saved);
      this.durable = this.committed;
      // A state stored before anchors existed gets its anchor now; storing it keeps it.
      this.commit();
    } else {
      this.build({ seed: options.seed ?? DEFAULT_SEED, volume: options.volume ?? DEFAULT_VOLUME, anchor: this.now() });
      this.committed = this.snapshot();
      // What a failed change falls back to, even before the first write completes.
      this.durable = this.committed;
      // Stored at once, so that the anchor (the traces' times) survives a reload.
      this.commit();
    }
  }

  /**
   * Applies a change as a transaction: it is kept and stored, or, if applying or storing it
   * fails, the state goes back to what it was and the error is thrown. Resolves once stored.
   */
  async change<T>(apply: () => T): Promise<T> {
    let result: T;
    try {
      result = apply();
    } catch (error) {
      this.restore(this.committed);
      throw error;
    }
    await this.persist();
    return result;
  }

  /** Stores the state without waiting (for changes no client waits on, such as a spent injected failure). */
  commit(): void {
    this.persist().catch((error: unknown) => console.error('The mock state could not be stored.', error));
  }

  /** Back to the seeded state, anchored at this moment, keeping the seed and volume unless others are given. */
  async reset(next: { seed?: number; volume?: number } = {}): Promise<void> {
    this.build({ seed: next.seed ?? this.seed, volume: next.volume ?? this.volume, anchor: this.now() });
    await this.persist();
  }

  private async persist(): Promise<void> {
    const state = this.snapshot();
    this.committed = state;
    try {
      const saving = this.options.persistence?.save(state);
      if (saving) {
        await saving;
      }
      this.durable = state;
    } catch (error) {
      // Not stored, so not accepted: back to what the store holds (later changes that shared the
      // failed write fail with it).
      this.restore(this.durable);
      throw error;
    }
  }

  private restore(state: PersistedMockState): void {
    const generation = `${state.seed}/${state.volume}/${state.anchor}`;
    if (generation !== this.generation) {
      this.build(state, state.trackers);
    }
    this.trackers = new Map(state.trackers.map((tracker) => [tracker.tracker_name, tracker]));
    this.notifications = new Map(state.notifications.map((notification) => [notification.notification_id, notification]));
    this.tags = new Map(state.tags);
    this.buckets = new Set(state.buckets);
    this.faults = state.faults;
    this.traces.restoreExtra(state.extraTraces);
    this.committed = this.snapshot();
  }

  /**
   * The seeded world of a seed, volume and anchor; `restore` then lays the stored changes over it.
   * Data trackers get generated traces on their buckets.
   */
  private build({ seed, volume, anchor }: { seed: number; volume: number; anchor: number }, stored?: Tracker[]): void {
    const trackers = seededTrackers(anchor);
    this.generation = `${seed}/${volume}/${anchor}`;
    this.seed = seed;
    this.volume = volume;
    this.anchor = anchor;
    this.trackers = new Map(trackers.map((tracker) => [tracker.tracker_name, tracker]));
    this.notifications = new Map(seededNotifications(anchor).map((notification) => [notification.notification_id, notification]));
    this.tags = seededTags();
    this.buckets = new Set(SEEDED_BUCKETS.map((bucket) => bucket.bucket_name));
    this.faults = { ...NO_FAULTS };
    const dataTrackers = (stored ?? trackers).flatMap((tracker) =>
      tracker.tracker_type === 'data' && tracker.data_bucket
        ? [{ tracker_name: tracker.tracker_name, tracker_id: tracker.id, bucket_name: tracker.data_bucket.data_bucket_name }]
        : [],
    );
    this.traces = createTraceStore({ seed, volume, anchor, clock: this.now, catalog, dataTrackers });
  }

  private snapshot(): PersistedMockState {
    return {
      version: 2,
      seed: this.seed,
      volume: this.volume,
      anchor: this.anchor,
      trackers: [...this.trackers.values()],
      notifications: [...this.notifications.values()],
      tags: [...this.tags.entries()],
      buckets: [...this.buckets],
      extraTraces: this.traces.extra(),
      faults: this.faults,
    };
  }
}
