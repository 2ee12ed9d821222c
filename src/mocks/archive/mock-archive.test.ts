import { gunzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { daysBetween, parseArchiveKey } from '@/api/archive/archive-layout';
import { type DigestFile, RSA_SIGNING, importPublicKey, signatureMessage } from '@/api/archive/digest-file';
import { fromHex, md5Hex } from '@/api/archive/md5';
import type { ObsReader } from '@/api/archive/obs-reader';
import { verifyArchive } from '@/api/archive/verify-archive';
import type { Trace } from '@/api/contract/types';
import { MockDb } from '@/mocks/db/mock-db';
import { DAY_MS, HOUR_MS } from '@/mocks/db/trace-time';
import type { ArchiveBucket } from '@/mocks/archive/archive-bucket';
import { type MockArchive, mockArchive } from '@/mocks/archive/mock-archive';
import { ARCHIVE_PUBLIC_KEY_PEM } from '@/mocks/archive/signing-key';
import { obsAnswerer } from '@/mocks/handlers/obs-objects';
import { mockDb } from '@/mocks/node';

const ANCHOR = Date.UTC(2026, 11, 6, 18, 20, 0);
const BUCKET = 'cts-audit-logs-prod';

function bucketOf(archive: MockArchive, name: string): ArchiveBucket {
  const bucket = archive.bucket(name);
  if (!bucket) {
    throw new Error(`bucket ${name} is missing`);
  }
  return bucket;
}

function demo(seed = 7) {
  const db = new MockDb({ seed, volume: 2_000, now: () => ANCHOR });
  const archive = mockArchive(db);
  return { db, archive, bucket: bucketOf(archive, BUCKET) };
}

function dayPrefix(time: number, tracker = 'system'): string {
  const date = new Date(time);
  return `CloudTraces/ap-southeast-1/${date.getUTCFullYear()}/${date.getUTCMonth() + 1}/${date.getUTCDate()}/${tracker}/`;
}

const json = (bytes: Uint8Array): unknown => JSON.parse(new TextDecoder().decode(gunzipSync(bytes)));

describe('the mock’s transferred traces', () => {
  it('lays trace and digest files out as CTS does, per tracker and service', async () => {
    const { archive, bucket } = demo();
    const day = ANCHOR - 10 * DAY_MS;
    const { objects } = await archive.list(bucket, { prefix: dayPrefix(day), marker: '', maxKeys: 1000 });
    // The management tracker writes one file an hour for all services (it does not sort by service).
    const traceFile = /^CloudTraces\/ap-southeast-1\/2026\/11\/26\/system\/management_CloudTrace_ap-southeast-1_2026-11-26T\d\d-0[1-4]-\d\dZ_[0-9a-f]{16}\.json\.gz$/;
    const digest = /^CloudTraces\/ap-southeast-1\/2026\/11\/26\/system\/Digest\/management_CloudTrace-Digest_ap-southeast-1_2026-11-26T\d\d-00-00Z\.json\.gz$/;
    const keys = objects.map(({ object }) => object.key);
    expect(keys.filter((key) => traceFile.test(key)).length).toBeGreaterThan(12);
    // A digest every hour, files or not ("Empty" digest files).
    expect(keys.filter((key) => digest.test(key))).toHaveLength(24);
    expect(keys.every((key) => traceFile.test(key) || digest.test(key))).toBe(true);
    expect(keys).toEqual([...keys].sort());
    for (const key of keys) {
      expect(parseArchiveKey(key)).toMatchObject({ region: 'ap-southeast-1', tracker: 'system', day: Date.UTC(2026, 10, 26) });
    }
  });

  it('writes a data tracker’s files under its own name and prefix, plain JSON without a service folder when so configured', async () => {
    const { archive, bucket, db } = demo();
    const finance = await archive.list(bucket, { prefix: dayPrefix(ANCHOR - 60 * DAY_MS, 'finance-reads'), marker: '', maxKeys: 1000 });
    expect(finance.objects.length).toBeGreaterThan(0);
    expect(finance.objects.every(({ object }) => /\/finance-reads\/OBS\/finance_CloudTrace_ap-southeast-1_[^/]+\.json\.gz$/.test(object.key))).toBe(true);
    const hr = bucketOf(archive, 'hr-archive');
    const assets = await archive.list(hr, { prefix: dayPrefix(ANCHOR - 2 * DAY_MS, 'web-assets-writes'), marker: '', maxKeys: 1000 });
    expect(assets.objects.some(({ object }) => /\/web-assets-writes\/assets_CloudTrace_ap-southeast-1_[^/]+_[0-9a-f]{16}\.json$/.test(object.key))).toBe(true);
    expect(assets.objects.some(({ object }) => /\/web-assets-writes\/Digest\/assets_CloudTrace-Digest_ap-southeast-1_[^/]+\.json$/.test(object.key))).toBe(true);
    // Its bucket keeps 30 days (bucket_lifecycle).
    const expired = await archive.list(hr, { prefix: dayPrefix(ANCHOR - 35 * DAY_MS, 'web-assets-writes'), marker: '', maxKeys: 10 });
    expect(expired.objects).toHaveLength(0);
    expect(db.trackers.get('web-assets-writes')?.obs_info?.bucket_lifecycle).toBe(30);
  });

  it('archives the trace list’s own traces for its week, and the management traces of 90 days', async () => {
    const { archive, bucket, db } = demo();
    const { objects } = await archive.list(bucket, { prefix: `${dayPrefix(ANCHOR - 2 * DAY_MS)}management_`, marker: '', maxKeys: 5 });
    const first = objects[0];
    expect(first).toBeDefined();
    const traces = json(first?.content.bytes ?? new Uint8Array()) as (Trace & { tracker_name: string })[];
    expect(traces.length).toBeGreaterThan(0);
    for (const { tracker_name: trackerName, ...trace } of traces) {
      expect(trackerName).toBe('system');
      expect(db.traces.get(trace.trace_id)).toEqual(trace);
    }
    const times = traces.map((trace) => trace.time);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const oldest = await archive.list(bucket, { prefix: dayPrefix(ANCHOR - 89 * DAY_MS), marker: '', maxKeys: 3 });
    expect(oldest.objects.length).toBeGreaterThan(0);
    const none = await archive.list(bucket, { prefix: dayPrefix(ANCHOR - 92 * DAY_MS), marker: '', maxKeys: 3 });
    expect(none.objects).toHaveLength(0);
  });

  it('gives the same bytes for the same seed, and other bytes for another', async () => {
    const prefix = dayPrefix(ANCHOR - 40 * DAY_MS);
    const a = demo(7);
    const b = demo(7);
    const c = demo(8);
    const [listA, listB, listC] = await Promise.all([a, b, c].map(({ archive, bucket }) => archive.list(bucket, { prefix, marker: '', maxKeys: 3 })));
    expect(listA?.objects.map(({ object, content }) => [object.key, content.md5])).toEqual(listB?.objects.map(({ object, content }) => [object.key, content.md5]));
    expect(listA?.objects[0]?.content.bytes).toEqual(listB?.objects[0]?.content.bytes);
    expect(listC?.objects[0]?.object.key).not.toBe(listA?.objects[0]?.object.key);
  });

  it('chains digests and signs them with the published key', async () => {
    const { archive, bucket } = demo();
    const start = bucket.trackers[0]?.digestStart ?? 0;
    const { objects } = await archive.list(bucket, { prefix: `${dayPrefix(start + DAY_MS)}Digest/`, marker: '', maxKeys: 3 });
    const key = await importPublicKey(ARCHIVE_PUBLIC_KEY_PEM);
    const [first, second] = objects;
    const a = json(first?.content.bytes ?? new Uint8Array()) as DigestFile;
    const b = json(second?.content.bytes ?? new Uint8Array()) as DigestFile;
    expect(b.previous_digest_object).toBe(a.digest_object);
    expect(b.previous_digest_hash_value).toBe(first?.content.md5);
    expect(b.previous_digest_signature).toBe(first?.content.signature);
    expect(b.digest_start_time).toBe(a.digest_end_time);
    const signature = fromHex(second?.content.signature ?? '') ?? new Uint8Array();
    expect(await crypto.subtle.verify(RSA_SIGNING, key, signature, signatureMessage(b, second?.content.md5 ?? ''))).toBe(true);
    expect(await crypto.subtle.verify(RSA_SIGNING, key, signature, signatureMessage({ ...b, digest_end_time: a.digest_end_time }, second?.content.md5 ?? ''))).toBe(false);
    for (const file of b.log_files) {
      const found = await archive.get(bucket, file.object);
      expect(found && md5Hex(found.content.bytes)).toBe(file.log_hash_value);
    }
  });

  it('plants one altered file, one deleted file and one missing digest in the past month', async () => {
    const { archive, bucket } = demo();
    const faults = bucket.trackers[0]?.faults;
    expect(faults).toBeTruthy();
    if (!faults) {
      return;
    }
    for (const time of [faults.alteredHour, faults.deletedHour, faults.gapPeriod]) {
      expect(time).toBeGreaterThan(ANCHOR - 30 * DAY_MS);
      expect(time).toBeLessThan(ANCHOR - 7 * DAY_MS);
    }
    const digestOf = async (period: number) => {
      const listing = await archive.list(bucket, { prefix: `${dayPrefix(period + HOUR_MS)}Digest/`, marker: '', maxKeys: 1000 });
      const found = listing.objects.find(({ object }) => object.hour === period);
      return found ? (json(found.content.bytes) as DigestFile) : null;
    };
    const altered = (await digestOf(faults.alteredHour + HOUR_MS))?.log_files[0];
    const alteredNow = await archive.get(bucket, altered?.object ?? '');
    expect(alteredNow).not.toBeNull();
    expect(md5Hex(alteredNow?.content.bytes ?? new Uint8Array())).not.toBe(altered?.log_hash_value);
    const deleted = (await digestOf(faults.deletedHour + HOUR_MS))?.log_files[0];
    expect(deleted).toBeDefined();
    expect(await archive.get(bucket, deleted?.object ?? '')).toBeNull();
    expect(await digestOf(faults.gapPeriod)).toBeNull();
    const afterGap = await digestOf(faults.gapPeriod + HOUR_MS);
    expect(afterGap?.previous_digest_object).toMatch(/\/system\/Digest\/management_CloudTrace-Digest_/);
    expect(await archive.get(bucket, afterGap?.previous_digest_object ?? '')).toBeNull();
    expect(daysBetween(faults.gapPeriod, faults.alteredHour).length).toBeGreaterThan(10);
  });
});

describe('verifying the mock’s past month', () => {
  it('finds exactly the three planted faults, and an untouched week verified', async () => {
    const { archive, bucket } = demo();
    const reader: ObsReader = {
      async list(_bucket, prefix) {
        const { objects } = await archive.list(bucket, { prefix, marker: '', maxKeys: 1000 });
        return objects.map(({ object, content }) => ({ key: object.key, size: content.bytes.length, etag: content.md5 }));
      },
      async listFolder(_bucket, prefix) {
        const { objects, prefixes } = await archive.list(bucket, { prefix, marker: '', maxKeys: 1000, delimiter: '/' });
        return { objects: objects.map(({ object, content }) => ({ key: object.key, size: content.bytes.length, etag: content.md5 })), folders: prefixes };
      },
      async get(_bucket, key) {
        const found = await archive.get(bucket, key);
        return found ? { bytes: found.content.bytes, signature: found.content.signature ?? null } : null;
      },
    };
    const transfer = { bucket: BUCKET, region: 'ap-southeast-1', trackerName: 'system' };
    const publicKey = await importPublicKey(ARCHIVE_PUBLIC_KEY_PEM);
    const month = await verifyArchive({ reader, transfer, from: ANCHOR - 30 * DAY_MS, to: ANCHOR, publicKey });
    expect(month.problems.map((problem) => problem.kind).sort()).toEqual(['altered', 'gap', 'missing']);
    expect(month.digests).toBeGreaterThan(29 * 24);
    const week = await verifyArchive({ reader, transfer, from: ANCHOR - 7 * DAY_MS, to: ANCHOR, publicKey });
    expect(week).toMatchObject({ signaturesChecked: true, problems: [] });
  }, 60_000);
});

describe('/obs/{bucket}', () => {
  const day = (time: number) => dayPrefix(time);

  it('lists objects OBS-style, paged by marker and max-keys', async () => {
    const prefix = `${day(mockDb.anchor - 3 * DAY_MS)}`;
    const first = await fetch(`http://localhost/obs/${BUCKET}?${new URLSearchParams({ prefix, 'max-keys': '2' }).toString()}`);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/xml');
    const xml = await first.text();
    expect(xml).toContain('<ListBucketResult xmlns="http://obs.myhwclouds.com/doc/2015-06-30/">');
    expect(xml).toContain('<IsTruncated>true</IsTruncated>');
    const keys = [...xml.matchAll(/<Key>([^<]+)<\/Key>/g)].map((match) => match[1] ?? '');
    expect(keys).toHaveLength(2);
    const next = /<NextMarker>([^<]+)<\/NextMarker>/.exec(xml)?.[1] ?? '';
    expect(next).toBe(keys[1]);
    const second = await (await fetch(`http://localhost/obs/${BUCKET}?${new URLSearchParams({ prefix, marker: next, 'max-keys': '2' }).toString()}`)).text();
    const more = [...second.matchAll(/<Key>([^<]+)<\/Key>/g)].map((match) => match[1] ?? '');
    expect(more[0] && more[0] > next).toBe(true);
  });

  it('rolls keys up into common prefixes with a delimiter, paging over them like keys', async () => {
    const prefix = day(mockDb.anchor - 3 * DAY_MS);
    const list = async (query: Record<string, string>) => (await fetch(`http://localhost/obs/${BUCKET}?${new URLSearchParams({ prefix, delimiter: '/', ...query }).toString()}`)).text();
    const xml = await list({});
    expect(xml).toContain('<Delimiter>/</Delimiter>');
    const keys = [...xml.matchAll(/<Key>([^<]+)<\/Key>/g)].map((match) => match[1] ?? '');
    expect(keys.length).toBeGreaterThan(12);
    expect(keys.every((key) => !key.slice(prefix.length).includes('/'))).toBe(true);
    expect([...xml.matchAll(/<CommonPrefixes><Prefix>([^<]+)<\/Prefix><\/CommonPrefixes>/g)].map((match) => match[1])).toEqual([`${prefix}Digest/`]);
    // The common prefix is one entry of a page ('Digest/' sorts before the files): the next page
    // starts after every key under it.
    const first = await list({ 'max-keys': '1' });
    expect(first).toContain(`<CommonPrefixes><Prefix>${prefix}Digest/</Prefix></CommonPrefixes>`);
    expect(first).not.toContain('<Key>');
    expect(first).toContain(`<NextMarker>${prefix}Digest/</NextMarker>`);
    const rest = await list({ marker: `${prefix}Digest/` });
    expect([...rest.matchAll(/<Key>([^<]+)<\/Key>/g)].map((match) => match[1])).toEqual(keys);
    expect(rest).not.toContain('<CommonPrefixes>');
  });

  it('answers GetObject with the bytes and HeadObject with the digest’s signature', async () => {
    const prefix = `${day(mockDb.anchor - DAY_MS)}Digest/`;
    const xml = await (await fetch(`http://localhost/obs/${BUCKET}?${new URLSearchParams({ prefix, 'max-keys': '1' }).toString()}`)).text();
    const key = /<Key>([^<]+)<\/Key>/.exec(xml)?.[1] ?? '';
    const etag = /<ETag>"([0-9a-f]+)"<\/ETag>/.exec(xml)?.[1];
    const object = await fetch(`http://localhost/obs/${BUCKET}/${key}`);
    expect(object.status).toBe(200);
    expect(md5Hex(new Uint8Array(await object.arrayBuffer()))).toBe(etag);
    const head = await fetch(`http://localhost/obs/${BUCKET}/${key}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('x-obs-meta-signature')).toMatch(/^[0-9a-f]{512}$/);
    expect(head.headers.get('etag')).toBe(`"${etag}"`);
  });

  it('answers the page directly as its handler does, and nothing outside /obs/', async () => {
    const answer = obsAnswerer(mockDb);
    const listing = `http://localhost/obs/${BUCKET}?${new URLSearchParams({ prefix: day(mockDb.anchor - 2 * DAY_MS), 'max-keys': '3' }).toString()}`;
    const direct = await answer(new Request(listing));
    const handled = await fetch(listing);
    const xml = await handled.text();
    expect(direct?.status).toBe(200);
    expect(await direct?.text()).toBe(xml);
    const key = /<Key>([^<]+)<\/Key>/.exec(xml)?.[1] ?? '';
    const object = await answer(new Request(`http://localhost/obs/${BUCKET}/${key}`));
    expect(new Uint8Array((await object?.arrayBuffer()) ?? new ArrayBuffer(0))).toEqual(new Uint8Array(await (await fetch(`http://localhost/obs/${BUCKET}/${key}`)).arrayBuffer()));
    expect(object?.headers.get('etag')).toBe(`"${/<ETag>"([0-9a-f]+)"<\/ETag>/.exec(xml)?.[1] ?? ''}"`);
    expect((await answer(new Request(`http://localhost/obs/${BUCKET}/CloudTraces/nothing.json.gz`)))?.status).toBe(404);
    expect(await answer(new Request('http://localhost/v3/project/traces'))).toBeUndefined();
  });

  it('answers OBS’s errors for an unknown bucket or key, and publishes the public key', async () => {
    const bucket = await fetch('http://localhost/obs/no-such-bucket');
    expect(bucket.status).toBe(404);
    expect(await bucket.text()).toContain('<Code>NoSuchBucket</Code>');
    const key = await fetch(`http://localhost/obs/${BUCKET}/CloudTraces/nothing.json.gz`);
    expect(key.status).toBe(404);
    expect(await key.text()).toContain('<Code>NoSuchKey</Code>');
    // The page's own answer (msw's matcher, before the handler, fails such a path with 500).
    for (const malformed of [`http://localhost/obs/${BUCKET}/CloudTraces/%E0%A4%A.json.gz`, 'http://localhost/obs/%ZZ?max-keys=1']) {
      const refused = await obsAnswerer(mockDb)(new Request(malformed));
      expect(refused?.status).toBe(400);
      expect(await refused?.text()).toContain('<Code>InvalidURI</Code>');
    }
    const published = (await (await fetch('http://localhost/mock/archive/public-key')).json()) as { public_key: string };
    expect(published.public_key).toBe(ARCHIVE_PUBLIC_KEY_PEM);
  });
});
