import { gzipSync } from 'fflate';
import { digestKey, fileTime, traceFileKey } from '@/api/archive/archive-layout';
import { type DigestFile, RSA_SIGNING, pemToDer, signatureMessage } from '@/api/archive/digest-file';
import { md5Hex, toHex } from '@/api/archive/md5';
import type { Tracker } from '@/api/contract/types';
import { DEMO_PROJECT_ID } from '@/mocks/db/identities';
import { hashOf, hex32 } from '@/mocks/db/random';
import { DAY_MS, HOUR_MS } from '@/mocks/db/trace-time';
import type { ArchiveHistory } from '@/mocks/archive/archive-history';
import { type ArchiveTracker, archiveTrackers } from '@/mocks/archive/archive-tracker';
import { ARCHIVE_PRIVATE_KEY_PEM } from '@/mocks/archive/signing-key';

export interface ArchiveObject {
  key: string;
  kind: 'trace' | 'digest';
  tracker: ArchiveTracker;
  /** Its service folder ('' when the tracker does not sort by service). */
  service: string;
  /** Trace file: the hour of its traces. Digest: the start of its period. */
  hour: number;
  /** When it was written (OBS's LastModified). */
  written: number;
}

export interface ObjectContent {
  bytes: Uint8Array;
  /** OBS's ETag of a simple upload: the MD5 of the bytes. */
  md5: string;
  /** The digest's signature (hex), its `x-obs-meta-signature`. */
  signature?: string;
}

const NAME_SALT = 61;
const DELAY_SALT = 62;
const ENCODER = new TextEncoder();

/** A small number per service name, to vary names and times between service folders. */
function serviceCode(service: string): number {
  let code = 0;
  for (const char of service) {
    code = (code * 31 + (char.codePointAt(0) ?? 0)) % 997;
  }
  return code;
}

let signingKey: Promise<CryptoKey> | undefined;
function privateKey(): Promise<CryptoKey> {
  signingKey ??= crypto.subtle.importKey('pkcs8', pemToDer(ARCHIVE_PRIVATE_KEY_PEM), RSA_SIGNING, false, ['sign']);
  return signingKey;
}

function encode(tracker: ArchiveTracker, value: unknown): Uint8Array {
  const json = ENCODER.encode(JSON.stringify(value));
  // mtime 0 and a pure-JS deflate: the same bytes in Node and in every browser.
  return tracker.transfer.compressed ? gzipSync(json, { level: 6, mtime: 0 }) : json;
}

/**
 * One simulated OBS bucket's transferred traces: the trace and digest files of every tracker that
 * transfers to it, listed and built on demand from the seed (nothing is stored), with the demo's
 * planted tampering. Digests chain per tracker and service; a digest is built once every digest
 * before it is, and kept, as are the files' bytes.
 */
export class ArchiveBucket {
  readonly trackers: ArchiveTracker[];
  private readonly contents = new Map<string, ObjectContent>();
  /** The objects of each UTC day, by key, as listed so far. */
  private readonly days = new Map<number, Map<string, ArchiveObject>>();
  /** Per chain (`tracker|service`): the digests built so far, by period, and the queue that builds them. */
  private readonly chains = new Map<string, { built: Map<number, ObjectContent>; last: number | null; queue: Promise<unknown> }>();

  constructor(
    readonly name: string,
    trackers: Iterable<Tracker>,
    private readonly history: ArchiveHistory,
  ) {
    this.trackers = archiveTrackers(trackers, name, history);
  }

  private get anchor(): number {
    return this.history.source.anchor;
  }

  /** When the file of a trace hour is written: one to four minutes after the hour ends, to the second. */
  private writtenAt(tracker: ArchiveTracker, service: string, hour: number): number {
    const delay = 60_000 + (hashOf(this.history.source.seed, hour / HOUR_MS, DELAY_SALT + tracker.code * 16 + serviceCode(service)) % 180_000);
    return Math.floor((hour + HOUR_MS + delay) / 1000) * 1000;
  }

  private traceFile(tracker: ArchiveTracker, service: string, hour: number): ArchiveObject | null {
    if (tracker.code < 0 || hour < tracker.historyStart) {
      return null;
    }
    const written = this.writtenAt(tracker, service, hour);
    const services = this.history.servicesAt(tracker.code, hour);
    if (written > this.anchor || !(service === '' ? services.length > 0 : services.includes(service))) {
      return null;
    }
    const seed = this.history.source.seed;
    const random = hex32(hashOf(seed, hour / HOUR_MS, NAME_SALT + tracker.code)) + hex32(hashOf(seed, hour / HOUR_MS, NAME_SALT + 1 + serviceCode(service)));
    return { key: traceFileKey(tracker.transfer, service, written, random), kind: 'trace', tracker, service, hour, written };
  }

  private digest(tracker: ArchiveTracker, service: string, period: number): ArchiveObject | null {
    if (tracker.digestStart === null || period < tracker.digestStart || period + HOUR_MS > this.anchor) {
      return null;
    }
    return { key: digestKey(tracker.transfer, service, period + HOUR_MS), kind: 'digest', tracker, service, hour: period, written: period + HOUR_MS };
  }

  /** The objects written on a UTC day, as they are in the bucket (planted deletions absent). */
  objectsOfDay(day: number): ArchiveObject[] {
    return [...this.dayIndex(day).values()];
  }

  /** Finds the object of a key among the day it names. */
  find(key: string, day: number): ArchiveObject | undefined {
    return this.dayIndex(day).get(key);
  }

  private dayIndex(day: number): Map<string, ArchiveObject> {
    let index = this.days.get(day);
    if (!index) {
      index = new Map(this.listDay(day).map((object) => [object.key, object]));
      this.days.set(day, index);
    }
    return index;
  }

  private listDay(day: number): ArchiveObject[] {
    const objects: ArchiveObject[] = [];
    for (const tracker of this.trackers) {
      for (let hour = day - 2 * HOUR_MS; hour < day + DAY_MS; hour += HOUR_MS) {
        for (const service of tracker.services) {
          const file = this.traceFile(tracker, service, hour);
          if (file && file.written >= day && file.written < day + DAY_MS && !this.isDeleted(file)) {
            objects.push(file);
          }
          const digest = this.digest(tracker, service, hour);
          if (digest && digest.written >= day && digest.written < day + DAY_MS && !this.isDeleted(digest)) {
            objects.push(digest);
          }
        }
      }
    }
    return objects;
  }

  /** The UTC days (at 00:00) on which this bucket has objects, oldest first. */
  historyDays(): number[] {
    const first = Math.min(...this.trackers.map((tracker) => tracker.historyStart), this.anchor);
    const days: number[] = [];
    for (let day = Math.floor(first / DAY_MS) * DAY_MS; day <= this.anchor; day += DAY_MS) {
      days.push(day);
    }
    return days;
  }

  private isDeleted(object: ArchiveObject): boolean {
    const faults = object.tracker.faults;
    if (!faults || object.service !== faults.service) {
      return false;
    }
    return object.kind === 'trace' ? object.hour === faults.deletedHour : object.hour === faults.gapPeriod;
  }

  /** The bytes of an object as CTS wrote them (before any planted alteration). */
  private async written(object: ArchiveObject): Promise<ObjectContent> {
    if (object.kind === 'digest') {
      return this.digestContent(object.tracker, object.service, object.hour);
    }
    return this.traceContent(object, false);
  }

  private traceContent(object: ArchiveObject, altered: boolean): ObjectContent {
    const cacheKey = `${altered ? 'altered:' : ''}${object.key}`;
    let content = this.contents.get(cacheKey);
    if (!content) {
      const trackerName = object.tracker.name;
      let traces = this.history.traces(object.tracker.code, object.service === '' ? null : object.service, object.hour).map((trace) => ({ ...trace, tracker_name: trackerName }));
      if (altered) {
        // Whoever rewrote the file took a deletion out of it (or, failing one, its first trace).
        const removed = Math.max(0, traces.findIndex((trace) => /^delete/i.test(trace.trace_name)));
        traces = traces.filter((_, i) => i !== removed);
      }
      const bytes = encode(object.tracker, traces);
      content = { bytes, md5: md5Hex(bytes) };
      this.contents.set(cacheKey, content);
    }
    return content;
  }

  /** The object as it is now in the bucket; null when absent (never written, or deleted). */
  async get(object: ArchiveObject): Promise<ObjectContent | null> {
    if (this.isDeleted(object)) {
      return null;
    }
    const faults = object.tracker.faults;
    if (object.kind === 'trace' && faults && object.service === faults.service && object.hour === faults.alteredHour) {
      return this.traceContent(object, true);
    }
    return this.written(object);
  }

  private digestContent(tracker: ArchiveTracker, service: string, period: number): Promise<ObjectContent> {
    const chainKey = `${tracker.name}|${service}`;
    let chain = this.chains.get(chainKey);
    if (!chain) {
      chain = { built: new Map(), last: null, queue: Promise.resolve() };
      this.chains.set(chainKey, chain);
    }
    const own = chain;
    // One builder per chain at a time: each digest needs the one before it.
    const result = own.queue.then(async () => {
      let previous = own.last === null ? undefined : own.built.get(own.last);
      for (let p = own.last === null ? (tracker.digestStart ?? period) : own.last + HOUR_MS; p <= period; p += HOUR_MS) {
        const previousObject = p > (tracker.digestStart ?? p) ? this.digest(tracker, service, p - HOUR_MS) : null;
        const content = await this.buildDigest(tracker, service, p, previousObject, previous);
        own.built.set(p, content);
        own.last = p;
        previous = content;
      }
      const built = own.built.get(period);
      if (!built) {
        throw new Error(`digest ${chainKey} ${period} was not built`);
      }
      return built;
    });
    own.queue = result.catch(() => undefined);
    return result;
  }

  private async buildDigest(
    tracker: ArchiveTracker,
    service: string,
    period: number,
    previousObject: ArchiveObject | null,
    previous: ObjectContent | undefined,
  ): Promise<ObjectContent> {
    const own = this.digest(tracker, service, period);
    if (!own) {
      throw new Error(`no digest for ${tracker.name} ${service} at ${period}`);
    }
    // The files written in this digest's hour: the previous hour's traces.
    const file = this.traceFile(tracker, service, period - HOUR_MS);
    const logFiles = file ? [{ bucket: this.name, object: file.key, log_hash_value: this.traceContent(file, false).md5, log_hash_algorithm: 'MD5' as const }] : [];
    const digest: DigestFile = {
      project_id: DEMO_PROJECT_ID,
      digest_start_time: fileTime(period),
      digest_end_time: fileTime(period + HOUR_MS),
      digest_bucket: this.name,
      digest_object: own.key,
      digest_signature_algorithm: 'SHA256withRSA',
      digest_end: false,
      previous_digest_bucket: previousObject ? this.name : '',
      previous_digest_object: previousObject?.key ?? '',
      previous_digest_hash_value: previous?.md5 ?? '',
      previous_digest_hash_algorithm: previousObject ? 'MD5' : '',
      previous_digest_signature: previous?.signature ?? '',
      previous_digest_end: false,
      log_files: logFiles,
    };
    const bytes = encode(tracker, digest);
    const md5 = md5Hex(bytes);
    const signature = await crypto.subtle.sign(RSA_SIGNING, await privateKey(), signatureMessage(digest, md5));
    return { bytes, md5, signature: toHex(new Uint8Array(signature)) };
  }
}
