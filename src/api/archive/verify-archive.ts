import { gunzipSync } from 'fflate';
import { type TrackerTransfer, dayFolder, daysBetween, parseArchiveKey } from '@/api/archive/archive-layout';
import { type DigestFile, RSA_SIGNING, isDigestFile, signatureMessage } from '@/api/archive/digest-file';
import { fromHex, md5Hex } from '@/api/archive/md5';
import type { ObsListing, ObsReader } from '@/api/archive/obs-reader';

const HOUR_MS = 3_600_000;

export type IntegrityProblem =
  /** A file a digest lists whose MD5 is no longer the one it recorded. */
  | { kind: 'altered'; object: string; digest: string; expected: string; actual: string; time: number }
  /** A file a digest lists that is not in the bucket. */
  | { kind: 'missing'; object: string; digest: string; time: number }
  /** A trace file in the bucket that no digest lists, outside any gap. */
  | { kind: 'unlisted'; object: string; time: number }
  /** Time no digest covers: a digest the chain names is gone, or the chain restarted. */
  | { kind: 'gap'; service: string; from: number; to: number; missingDigest: string | null; next: string; unverified: string[] }
  /** A digest whose record of its predecessor (hash or signature) is not the predecessor's. */
  | { kind: 'broken-link'; digest: string; previous: string; what: 'hash' | 'signature'; time: number }
  /** A digest whose signature does not verify with the public key, or that carries none. */
  | { kind: 'bad-signature'; digest: string; time: number; absent: boolean }
  | { kind: 'unreadable'; digest: string; time: number };

export interface VerifyProgress {
  /** Objects read so far (digests and trace files), of `total` to read. */
  read: number;
  total: number;
  bytes: number;
}

export interface VerifyReport {
  from: number;
  to: number;
  /** Trace files whose MD5 matched their digest: their listed ETag, or else their bytes, hashed here. */
  files: number;
  digests: number;
  /** False when no public key was given: hashes and links were checked, signatures not. */
  signaturesChecked: boolean;
  problems: IntegrityProblem[];
}

export interface VerifyOptions {
  reader: ObsReader;
  transfer: Pick<TrackerTransfer, 'bucket' | 'region' | 'trackerName'>;
  from: number;
  to: number;
  publicKey: CryptoKey | null;
  signal?: AbortSignal;
  onProgress?: (progress: VerifyProgress) => void;
  /** Objects read at once. */
  concurrency?: number;
}

interface ListedFile extends ObsListing {
  service: string;
  time: number;
}

interface ReadDigest {
  key: string;
  service: string;
  end: number;
  digest: DigestFile | null;
  md5: string;
  signature: string | null;
}

async function eachLimited<T>(items: readonly T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next] as T;
      next += 1;
      await run(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function parseDigest(key: string, bytes: Uint8Array): DigestFile | null {
  try {
    const text = new TextDecoder().decode(key.endsWith('.gz') ? gunzipSync(bytes) : bytes);
    const value: unknown = JSON.parse(text);
    return isDigestFile(value) ? value : null;
  } catch {
    return null;
  }
}

/** The digests' end time: their key names it (`…_<end>.json.gz`); the field would need the file read. */
const keyTime = (key: string) => parseArchiveKey(key)?.time ?? Number.NaN;

/**
 * Walks a tracker's digest chain over [from, to]: every digest's signature (when the public key is
 * known), its link to its predecessor (the predecessor's MD5 and signature), gaps in time, and
 * every file it lists against the MD5 it recorded (the listing's ETag when it is that MD5; the file's
 * bytes otherwise); then the trace files no digest lists. Reads
 * through `reader` only, so the same walk runs on the mock, on OBS, or on fixtures.
 */
export async function verifyArchive(options: VerifyOptions): Promise<VerifyReport> {
  const { reader, transfer, from, to, publicKey, signal } = options;
  const concurrency = options.concurrency ?? 8;
  // Digests are filed under the day they end, up to an hour after `to`.
  const listed: ObsListing[] = [];
  await eachLimited(daysBetween(from, to + HOUR_MS), 4, async (day) => {
    listed.push(...(await reader.list(transfer.bucket, `${dayFolder(transfer.region, day)}${transfer.trackerName}/`, signal)));
  });
  const traceFiles = new Map<string, ListedFile>();
  const digestKeys: ListedFile[] = [];
  for (const object of listed) {
    const parsed = parseArchiveKey(object.key);
    if (!parsed || parsed.tracker !== transfer.trackerName) {
      continue;
    }
    const file = { ...object, service: parsed.service ?? '', time: parsed.time };
    if (parsed.kind === 'trace') {
      traceFiles.set(object.key, file);
    } else if (parsed.time > from && parsed.time <= to + HOUR_MS) {
      digestKeys.push(file);
    }
  }

  const progress: VerifyProgress = { read: 0, total: digestKeys.length, bytes: 0 };
  const counted = (bytes: number) => {
    progress.read += 1;
    progress.bytes += bytes;
    options.onProgress?.({ ...progress });
  };
  const digests: ReadDigest[] = [];
  await eachLimited(digestKeys, concurrency, async (object) => {
    const read = await reader.get(transfer.bucket, object.key, signal);
    const bytes = read?.bytes ?? new Uint8Array();
    digests.push({ key: object.key, service: object.service, end: object.time, digest: read ? parseDigest(object.key, bytes) : null, md5: md5Hex(bytes), signature: read?.signature ?? null });
    counted(bytes.length);
  });

  const problems: IntegrityProblem[] = [];
  const expected = new Map<string, { hash: string; digest: string; time: number }>();
  const gaps: Extract<IntegrityProblem, { kind: 'gap' }>[] = [];
  const coverage = new Map<string, { start: number; end: number }>();
  const chains = new Map<string, ReadDigest[]>();
  for (const digest of digests) {
    chains.set(digest.service, [...(chains.get(digest.service) ?? []), digest]);
  }
  for (const [service, chain] of chains) {
    chain.sort((a, b) => a.end - b.end);
    let previous: ReadDigest | undefined;
    for (const current of chain) {
      const { digest } = current;
      if (!digest) {
        problems.push({ kind: 'unreadable', digest: current.key, time: current.end });
        previous = current;
        continue;
      }
      const start = keyTime(digest.previous_digest_object);
      const own = coverage.get(service);
      coverage.set(service, { start: Math.min(own?.start ?? Infinity, current.end - HOUR_MS), end: Math.max(own?.end ?? -Infinity, current.end) });
      if (publicKey) {
        const signature = current.signature ? fromHex(current.signature) : null;
        const valid = signature !== null && (await crypto.subtle.verify(RSA_SIGNING, publicKey, signature, signatureMessage(digest, current.md5)));
        if (!valid) {
          problems.push({ kind: 'bad-signature', digest: current.key, time: current.end, absent: current.signature === null });
        }
      }
      if (previous && digest.previous_digest_object === previous.key) {
        if (digest.previous_digest_hash_value !== previous.md5) {
          problems.push({ kind: 'broken-link', digest: current.key, previous: previous.key, what: 'hash', time: current.end });
        } else if (digest.previous_digest_signature !== (previous.signature ?? '')) {
          problems.push({ kind: 'broken-link', digest: current.key, previous: previous.key, what: 'signature', time: current.end });
        }
      } else if (previous || (digest.previous_digest_object && start > from)) {
        // The chain names a digest that is not there (or restarted): nothing vouches for the time between.
        gaps.push({
          kind: 'gap',
          service,
          from: previous?.end ?? start - HOUR_MS,
          to: current.end - HOUR_MS,
          missingDigest: digest.previous_digest_object || null,
          next: current.key,
          unverified: [],
        });
      }
      for (const file of digest.log_files) {
        expected.set(file.object, { hash: file.log_hash_value, digest: current.key, time: current.end });
      }
      previous = current;
    }
  }

  let files = 0;
  const toRead: [string, { hash: string; digest: string; time: number }][] = [];
  for (const [object, record] of expected) {
    const listedFile = traceFiles.get(object);
    if (!listedFile) {
      problems.push({ kind: 'missing', object, digest: record.digest, time: record.time });
    } else if (listedFile.etag.toLowerCase() === record.hash.toLowerCase()) {
      // OBS computes a simple upload's ETag, the MD5 of the bytes it stored; a rewrite changes it.
      files += 1;
    } else {
      toRead.push([object, record]);
    }
  }
  progress.total += toRead.length;
  // Files whose ETag is not the recorded MD5 (rewritten, or an ETag that is no MD5) are read and hashed.
  await eachLimited(toRead, concurrency, async ([object, record]) => {
    const read = await reader.get(transfer.bucket, object, signal);
    const bytes = read?.bytes ?? new Uint8Array();
    counted(bytes.length);
    if (!read) {
      problems.push({ kind: 'missing', object, digest: record.digest, time: record.time });
      return;
    }
    const actual = md5Hex(bytes);
    if (actual === record.hash) {
      files += 1;
    } else {
      problems.push({ kind: 'altered', object, digest: record.digest, expected: record.hash, actual, time: record.time });
    }
  });

  for (const file of traceFiles.values()) {
    const covered = coverage.get(file.service);
    if (expected.has(file.key) || !covered || file.time < covered.start || file.time >= covered.end) {
      continue;
    }
    const gap = gaps.find((candidate) => candidate.service === file.service && file.time >= candidate.from && file.time < candidate.to);
    if (gap) {
      gap.unverified.push(file.key);
    } else {
      problems.push({ kind: 'unlisted', object: file.key, time: file.time });
    }
  }
  problems.push(...gaps);
  problems.sort((a, b) => timeOf(a) - timeOf(b));
  return { from, to, files, digests: digests.length, signaturesChecked: publicKey !== null, problems };
}

export function timeOf(problem: IntegrityProblem): number {
  return problem.kind === 'gap' ? problem.from : problem.time;
}
