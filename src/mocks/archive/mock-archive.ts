import { DAY_MS } from '@/mocks/db/trace-time';
import type { MockDb } from '@/mocks/db/mock-db';
import { ArchiveHistory } from '@/mocks/archive/archive-history';
import { type ArchiveObject, ArchiveBucket, type ObjectContent } from '@/mocks/archive/archive-bucket';
import { parseArchiveKey } from '@/api/archive/archive-layout';

export interface ListObjectsQuery {
  prefix: string;
  marker: string;
  maxKeys: number;
  /** OBS's `delimiter`: keys with it after the prefix are rolled up into their common prefix. */
  delimiter?: string;
}

export interface ListedObject {
  object: ArchiveObject;
  content: ObjectContent;
}

export interface ListObjectsResult {
  objects: ListedObject[];
  /** The rolled-up prefixes (`CommonPrefixes`), with a delimiter. */
  prefixes: string[];
  truncated: boolean;
  /** Where the next page starts: the last key or common prefix of this one. */
  nextMarker: string;
}

/** `CloudTraces/<region>/<yyyy>/<m>/<d>/…`: a prefix that names one day's folder. */
const DAY_PREFIX = /^CloudTraces\/[^/]+\/(\d{4})\/(\d{1,2})\/(\d{1,2})\//;

/**
 * The simulated OBS buckets' transferred traces for one mock: rebuilt when the demo is reset
 * (seed, volume, anchor) or a tracker's transfer settings change, else kept, with every file and
 * digest built so far.
 */
export class MockArchive {
  private history: { generation: string; value: ArchiveHistory } | undefined;
  private readonly buckets = new Map<string, { config: string; value: ArchiveBucket }>();

  constructor(private readonly db: MockDb) {}

  private currentHistory(): ArchiveHistory {
    const { seed, volume, anchor } = this.db;
    const generation = `${seed}/${volume}/${anchor}`;
    if (this.history?.generation !== generation) {
      this.history = { generation, value: new ArchiveHistory({ seed, volume, anchor, world: this.db.traces.index.world }) };
      this.buckets.clear();
    }
    return this.history.value;
  }

  /** The bucket of that name, or null when the simulated OBS has none. */
  bucket(name: string): ArchiveBucket | null {
    if (!this.db.buckets.has(name)) {
      return null;
    }
    const history = this.currentHistory();
    const trackers = [...this.db.trackers.values()];
    const config = JSON.stringify(trackers.filter((tracker) => tracker.obs_info?.bucket_name === name).map((tracker) => [tracker.tracker_name, tracker.obs_info, tracker.is_support_validate, tracker.create_time]));
    let cached = this.buckets.get(name);
    if (cached?.config !== config) {
      cached = { config, value: new ArchiveBucket(name, trackers, history) };
      this.buckets.set(name, cached);
    }
    return cached.value;
  }

  /** OBS's ListObjects: keys in byte order after `marker`, starting with `prefix`, at most `maxKeys`. */
  async list(bucket: ArchiveBucket, query: ListObjectsQuery): Promise<ListObjectsResult> {
    const match = DAY_PREFIX.exec(query.prefix);
    const days = match ? [Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))] : bucket.historyDays();
    const delimiter = query.delimiter ?? '';
    const rolledUp = (key: string): string | null => {
      const at = delimiter ? key.indexOf(delimiter, query.prefix.length) : -1;
      return at < 0 ? null : key.slice(0, at + delimiter.length);
    };
    const matching = days
      .flatMap((day) => bucket.objectsOfDay(day))
      .filter((object) => object.key.startsWith(query.prefix) && object.key > query.marker && rolledUp(object.key) !== query.marker)
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    // Each key or common prefix is one entry of the page; the objects under a common prefix are
    // neither built nor returned (a listing of a tracker's folder does not build its digests).
    const page: ArchiveObject[] = [];
    const prefixes: string[] = [];
    let entries = 0;
    let nextMarker = '';
    let truncated = false;
    for (const object of matching) {
      const prefix = rolledUp(object.key);
      if (prefix !== null && prefix === prefixes[prefixes.length - 1]) {
        continue;
      }
      if (entries === query.maxKeys) {
        truncated = true;
        break;
      }
      entries += 1;
      if (prefix === null) {
        page.push(object);
      } else {
        prefixes.push(prefix);
      }
      nextMarker = prefix ?? object.key;
    }
    // Digest chains of different services build side by side (their signing is asynchronous).
    const contents = await Promise.all(page.map((object) => bucket.get(object)));
    const objects = page.flatMap((object, i) => {
      const content = contents[i];
      return content ? [{ object, content }] : [];
    });
    return { objects, prefixes, truncated, nextMarker };
  }

  /** The object of a key with its content; null when there is none. */
  async get(bucket: ArchiveBucket, key: string): Promise<ListedObject | null> {
    const parsed = parseArchiveKey(key);
    if (!parsed) {
      return null;
    }
    // A file is in the folder of the UTC day it was written; look there (and, for safety, the day before).
    const object = bucket.find(key, parsed.day) ?? bucket.find(key, parsed.day - DAY_MS);
    const content = object ? await bucket.get(object) : null;
    return object && content ? { object, content } : null;
  }
}

const archives = new WeakMap<MockDb, MockArchive>();

export function mockArchive(db: MockDb): MockArchive {
  let archive = archives.get(db);
  if (!archive) {
    archive = new MockArchive(db);
    archives.set(db, archive);
  }
  return archive;
}
