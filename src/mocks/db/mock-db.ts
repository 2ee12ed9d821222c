import type { MockFaults, Notification, Tag, Trace, Tracker } from '@/api/contract/types';
import { catalog } from '@/api/catalog/catalog';
import {
  SEEDED_BUCKETS,
  seededNotifications,
  seededTags,
  seededTrackers,
} from '@/mocks/db/seed-world';
import { createTraceStore, type TraceStore } from '@/mocks/db/trace-store';

export const DEFAULT_SEED = 20261123;
export const DEFAULT_VOLUME = 10_000;
export const NO_FAULTS: MockFaults = { latency_ms: 0, error_rate: 0, fail_next: null };

/** What the user changed, and nothing else: generated traces are derived from the seed again. */
export interface PersistedMockState {
  version: 1;
  seed: number;
  volume: number;
  trackers: Tracker[];
  notifications: Notification[];
  tags: [string, Tag[]][];
  buckets: string[];
  extraTraces: Trace[];
  faults: MockFaults;
}

/** Where a runtime keeps the state between loads (localStorage in the browser, a file or nothing in Node). */
export interface MockPersistence {
  load(): PersistedMockState | null;
  save(state: PersistedMockState): void;
  clear(): void;
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

  constructor(options: MockDbOptions = {}) {
    this.options = options;
    this.now = options.now ?? Date.now;
    const saved = options.persistence?.load() ?? null;
    this.build(saved?.seed ?? options.seed ?? DEFAULT_SEED, saved?.volume ?? options.volume ?? DEFAULT_VOLUME, saved);
  }

  /** Writes the user's changes through the persistence adapter; called after every accepted change. */
  commit(): void {
    this.options.persistence?.save(this.snapshot());
  }

  /** Back to the seeded state, keeping the seed and volume unless others are given. */
  reset(next: { seed?: number; volume?: number } = {}): void {
    this.options.persistence?.clear();
    this.build(next.seed ?? this.seed, next.volume ?? this.volume, null);
    if (next.seed !== undefined || next.volume !== undefined) {
      this.commit();
    }
  }

  private build(seed: number, volume: number, restore: PersistedMockState | null): void {
    const start = this.now();
    const trackers = restore?.trackers ?? seededTrackers(start);
    this.seed = seed;
    this.volume = volume;
    this.trackers = new Map(trackers.map((tracker) => [tracker.tracker_name, tracker]));
    this.notifications = new Map(
      (restore?.notifications ?? seededNotifications(start)).map((notification) => [notification.notification_id, notification]),
    );
    this.tags = restore ? new Map(restore.tags) : seededTags();
    this.buckets = new Set(restore?.buckets ?? SEEDED_BUCKETS.map((bucket) => bucket.bucket_name));
    this.faults = restore?.faults ?? { ...NO_FAULTS };
    const dataTrackers = trackers.flatMap((tracker) =>
      tracker.tracker_type === 'data' && tracker.data_bucket
        ? [{ tracker_name: tracker.tracker_name, tracker_id: tracker.id, bucket_name: tracker.data_bucket.data_bucket_name }]
        : [],
    );
    this.traces = createTraceStore({ seed, volume, now: start, catalog, dataTrackers });
    if (restore) {
      this.traces.restoreExtra(restore.extraTraces);
    }
  }

  private snapshot(): PersistedMockState {
    return {
      version: 1,
      seed: this.seed,
      volume: this.volume,
      trackers: [...this.trackers.values()],
      notifications: [...this.notifications.values()],
      tags: [...this.tags.entries()],
      buckets: [...this.buckets],
      extraTraces: this.traces.extra(),
      faults: this.faults,
    };
  }
}
