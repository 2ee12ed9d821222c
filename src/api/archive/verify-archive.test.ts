import { describe, expect, it } from 'vitest';
import { type TrackerTransfer, digestKey, fileTime, traceFileKey } from '@/api/archive/archive-layout';
import { type DigestFile, RSA_SIGNING, signatureMessage } from '@/api/archive/digest-file';
import { md5Hex, toHex } from '@/api/archive/md5';
import type { ObsObject, ObsReader } from '@/api/archive/obs-reader';
import { folderOf } from '@/testing/obs-folders';
import { verifyArchive } from '@/api/archive/verify-archive';

const HOUR = 3_600_000;
const START = Date.UTC(2026, 10, 10, 0);
const transfer: TrackerTransfer = { trackerName: 'system', bucket: 'audit', prefix: 'p', region: 'r-1', compressed: false, sortByService: true };
const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

interface Fixture {
  objects: Map<string, ObsObject>;
  files: string[];
  digests: string[];
  keys: CryptoKeyPair;
}

/** Six hours of one service: a file each hour (written two minutes past), a digest each hour, chained and signed. */
async function intactArchive(): Promise<Fixture> {
  const keys = await crypto.subtle.generateKey({ ...RSA_SIGNING, modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]) }, false, ['sign', 'verify']);
  const objects = new Map<string, ObsObject>();
  const files: string[] = [];
  const digests: string[] = [];
  let previous: { key: string; md5: string; signature: string } | null = null;
  for (let hour = 0; hour < 6; hour += 1) {
    const period = START + hour * HOUR;
    const file = traceFileKey(transfer, 'ECS', period + 120_000, `f${hour}`);
    const bytes = encode([{ trace_id: `t${hour}`, time: period - HOUR / 2 }]);
    objects.set(file, { bytes, signature: null });
    files.push(file);
    const digest: DigestFile = {
      project_id: 'p',
      digest_start_time: fileTime(period),
      digest_end_time: fileTime(period + HOUR),
      digest_bucket: 'audit',
      digest_object: digestKey(transfer, 'ECS', period + HOUR),
      digest_signature_algorithm: 'SHA256withRSA',
      digest_end: false,
      previous_digest_bucket: previous ? 'audit' : '',
      previous_digest_object: previous?.key ?? '',
      previous_digest_hash_value: previous?.md5 ?? '',
      previous_digest_hash_algorithm: previous ? 'MD5' : '',
      previous_digest_signature: previous?.signature ?? '',
      previous_digest_end: false,
      log_files: [{ bucket: 'audit', object: file, log_hash_value: md5Hex(bytes), log_hash_algorithm: 'MD5' }],
    };
    const digestBytes = encode(digest);
    const md5 = md5Hex(digestBytes);
    const signature = toHex(new Uint8Array(await crypto.subtle.sign(RSA_SIGNING, keys.privateKey, signatureMessage(digest, md5))));
    objects.set(digest.digest_object, { bytes: digestBytes, signature });
    digests.push(digest.digest_object);
    previous = { key: digest.digest_object, md5, signature };
  }
  return { objects, files, digests, keys };
}

function readerOf(objects: Map<string, ObsObject>): ObsReader {
  const list = async (_bucket: string, prefix: string) =>
    [...objects].filter(([key]) => key.startsWith(prefix)).map(([key, object]) => ({ key, size: object.bytes.length, etag: md5Hex(object.bytes) }));
  return {
    list,
    listFolder: async (bucket, prefix) => folderOf(await list(bucket, prefix), prefix),
    get: async (_bucket, key) => objects.get(key) ?? null,
  };
}

function verify(fixture: Fixture, publicKey: CryptoKey | null = fixture.keys.publicKey) {
  return verifyArchive({ reader: readerOf(fixture.objects), transfer, from: START, to: START + 6 * HOUR, publicKey });
}

describe('verifyArchive', () => {
  it('reports an intact chain as verified, with no gap', async () => {
    const fixture = await intactArchive();
    const report = await verify(fixture);
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ files: 6, digests: 6, signaturesChecked: true });
  });

  it('takes a listed ETag that is the recorded MD5 without reading the file, and reads and hashes the others', async () => {
    const fixture = await intactArchive();
    const reader = readerOf(fixture.objects);
    const multipart = fixture.files[1] ?? '';
    const read: string[] = [];
    const counting: ObsReader = {
      ...reader,
      list: async (bucket, prefix) => (await reader.list(bucket, prefix)).map((object) => (object.key === multipart ? { ...object, etag: `${object.etag.slice(0, 30)}-3` } : object)),
      get: async (bucket, key) => {
        read.push(key);
        return reader.get(bucket, key);
      },
    };
    const report = await verifyArchive({ reader: counting, transfer, from: START, to: START + 6 * HOUR, publicKey: fixture.keys.publicKey });
    expect(report).toMatchObject({ files: 6, problems: [] });
    expect(read.filter((key) => fixture.files.includes(key))).toEqual([multipart]);
  });

  it('finds a file altered after its digest recorded it', async () => {
    const fixture = await intactArchive();
    const altered = fixture.files[2] ?? '';
    fixture.objects.set(altered, { bytes: encode([]), signature: null });
    const report = await verify(fixture);
    expect(report.problems).toEqual([expect.objectContaining({ kind: 'altered', object: altered, digest: fixture.digests[2] })]);
    expect(report.files).toBe(5);
  });

  it('finds a listed file that is missing', async () => {
    const fixture = await intactArchive();
    const deleted = fixture.files[4] ?? '';
    fixture.objects.delete(deleted);
    const report = await verify(fixture);
    expect(report.problems).toEqual([expect.objectContaining({ kind: 'missing', object: deleted, digest: fixture.digests[4] })]);
  });

  it('reports a deleted digest as one gap, naming the files it left unverified', async () => {
    const fixture = await intactArchive();
    fixture.objects.delete(fixture.digests[3] ?? '');
    const report = await verify(fixture);
    expect(report.problems).toEqual([
      expect.objectContaining({ kind: 'gap', service: 'ECS', from: START + 3 * HOUR, to: START + 4 * HOUR, missingDigest: fixture.digests[3], next: fixture.digests[4], unverified: [fixture.files[3]] }),
    ]);
    expect(report).toMatchObject({ files: 5, digests: 5, signaturesChecked: true });
  });

  it('finds a file no digest lists, and a digest altered after the next one recorded it', async () => {
    const fixture = await intactArchive();
    const stray = traceFileKey(transfer, 'ECS', START + 2 * HOUR + 600_000, 'stray');
    fixture.objects.set(stray, { bytes: encode([]), signature: null });
    const digest = fixture.digests[1] ?? '';
    const original = fixture.objects.get(digest);
    fixture.objects.set(digest, { bytes: new Uint8Array([...(original?.bytes ?? []), 32]), signature: original?.signature ?? null });
    const report = await verify(fixture);
    expect(report.problems.map((problem) => problem.kind).sort()).toEqual(['bad-signature', 'broken-link', 'unlisted']);
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'broken-link', digest: fixture.digests[2], previous: digest, what: 'hash' }));
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'unlisted', object: stray }));
  });

  it('refuses signatures made with another key, and checks none without a key', async () => {
    const fixture = await intactArchive();
    const other = await crypto.subtle.generateKey({ ...RSA_SIGNING, modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]) }, false, ['sign', 'verify']);
    const report = await verify(fixture, other.publicKey);
    expect(report.problems).toHaveLength(6);
    expect(report.problems.every((problem) => problem.kind === 'bad-signature')).toBe(true);
    const unsigned = await verify(fixture, null);
    expect(unsigned).toMatchObject({ files: 6, digests: 6, signaturesChecked: false, problems: [] });
  });
});
