import { HttpResponse, http } from 'msw';
import { SIGNATURE_ALGORITHM, SIGNATURE_ALGORITHM_HEADER, SIGNATURE_HEADER } from '@/api/archive/digest-file';
import type { MockDb } from '@/mocks/db/mock-db';
import { DEMO_DOMAIN_ID } from '@/mocks/db/identities';
import type { ListObjectsQuery, ListObjectsResult, ListedObject, MockArchive } from '@/mocks/archive/mock-archive';
import { ARCHIVE_PUBLIC_KEY_PEM } from '@/mocks/archive/signing-key';
import { newRequestId } from '@/mocks/handlers/with-cts';

/** OBS's XML namespace for its answers. */
const OBS_NAMESPACE = 'http://obs.myhwclouds.com/doc/2015-06-30/';
const MAX_KEYS = 1000;

function xmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A path segment unescaped; null for a malformed percent-escape. */
function decodedSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function obsError(status: number, code: string, message: string, resource: string): Response {
  const body =
    `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${xmlText(message)}</Message>` +
    `<RequestId>${newRequestId()}</RequestId><Resource>${xmlText(resource)}</Resource></Error>`;
  return new HttpResponse(body, { status, headers: { 'Content-Type': 'application/xml' } });
}

function listXml(bucket: string, query: ListObjectsQuery, { objects, prefixes, truncated, nextMarker }: ListObjectsResult): string {
  const contents = objects
    .map(({ object, content }) =>
      `<Contents><Key>${xmlText(object.key)}</Key><LastModified>${new Date(object.written).toISOString()}</LastModified>` +
      `<ETag>"${content.md5}"</ETag><Size>${content.bytes.length}</Size><Owner><ID>${DEMO_DOMAIN_ID}</ID></Owner>` +
      `<StorageClass>STANDARD</StorageClass></Contents>`,
    )
    .join('');
  const common = prefixes.map((prefix) => `<CommonPrefixes><Prefix>${xmlText(prefix)}</Prefix></CommonPrefixes>`).join('');
  const next = truncated ? `<NextMarker>${xmlText(nextMarker)}</NextMarker>` : '';
  const delimiter = query.delimiter ? `<Delimiter>${xmlText(query.delimiter)}</Delimiter>` : '';
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult xmlns="${OBS_NAMESPACE}"><Name>${xmlText(bucket)}</Name>` +
    `<Prefix>${xmlText(query.prefix)}</Prefix><Marker>${xmlText(query.marker)}</Marker>${next}<MaxKeys>${query.maxKeys}</MaxKeys>` +
    `${delimiter}<IsTruncated>${truncated}</IsTruncated>${contents}${common}</ListBucketResult>`
  );
}

function objectHeaders({ object, content }: ListedObject): Headers {
  const headers = new Headers({
    'Content-Type': object.key.endsWith('.gz') ? 'application/gzip' : 'application/json',
    'Content-Length': String(content.bytes.length),
    ETag: `"${content.md5}"`,
    'Last-Modified': new Date(object.written).toUTCString(),
    'x-obs-request-id': newRequestId(),
  });
  if (content.signature !== undefined) {
    headers.set(SIGNATURE_HEADER, content.signature);
    headers.set(SIGNATURE_ALGORITHM_HEADER, SIGNATURE_ALGORITHM);
  }
  return headers;
}

/**
 * The simulated OBS buckets' transferred traces, OBS-style at `/obs/{bucket}`: ListObjects
 * (`prefix`, `marker`, `max-keys`, OBS's XML), GetObject and HeadObject (with the digest's
 * signature in `x-obs-meta-signature`). Path-style, so that one origin serves every bucket.
 */
export function obsObjectHandlers(db: MockDb) {
  const answer = obsAnswerer(db);
  return [
    // One pattern for both operations: `*/obs/:bucket` would also match a key with an `OBS` folder
    // (msw matches paths case-insensitively), so the bucket and key are read from the path.
    http.all('*/obs/*', ({ request }) => answer(request)),
    // The key the mock signs digests with: what an auditor would get from CTS to verify them.
    http.get('*/mock/archive/public-key', () =>
      HttpResponse.json({ signature_algorithm: SIGNATURE_ALGORITHM, public_key: ARCHIVE_PUBLIC_KEY_PEM }),
    ),
  ];
}

/**
 * The simulated OBS's answer to a request under `/obs/` (undefined for any other path): its msw
 * handler's, and what the page calls directly for the hundreds of reads of an archive query,
 * without matching them against every handler of the mock.
 */
export function obsAnswerer(db: MockDb): (request: Request) => Promise<Response | undefined> {
  // The archive's code (its generator, gzip, signing) loads with the first request to a bucket:
  // the first screen's start does not evaluate it. A chunk that failed to load is asked for again.
  let loaded: Promise<MockArchive> | undefined;
  const archiveOf = () =>
    (loaded ??= import('@/mocks/archive/mock-archive').then(
      ({ mockArchive }) => mockArchive(db),
      (error: unknown) => {
        loaded = undefined;
        throw error;
      },
    ));
  return async (request) => {
    const match = /^\/obs\/([^/]+)(?:\/(.+))?$/.exec(new URL(request.url).pathname);
    if (!match?.[1]) {
      return undefined;
    }
    const name = decodedSegment(match[1]);
    const decodedKey = match[2] === undefined ? '' : decodedSegment(match[2]);
    if (name === null || decodedKey === null) {
      // A malformed percent-escape: OBS refuses the URI rather than guessing the name.
      return obsError(400, 'InvalidURI', 'Couldn’t parse the specified URI.', new URL(request.url).pathname);
    }
    const key = match[2] === undefined ? null : decodedKey;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return obsError(405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.', key ?? name);
    }
    const archive = await archiveOf();
    const bucket = archive.bucket(name);
    if (!bucket) {
      return obsError(404, 'NoSuchBucket', 'The specified bucket does not exist.', name);
    }
    if (key === null) {
      const search = new URL(request.url).searchParams;
      const maxKeys = Number(search.get('max-keys') ?? MAX_KEYS);
      if (!Number.isInteger(maxKeys) || maxKeys < 0) {
        return obsError(400, 'InvalidArgument', 'max-keys must be a non-negative integer.', name);
      }
      const query: ListObjectsQuery = {
        prefix: search.get('prefix') ?? '',
        marker: search.get('marker') ?? '',
        maxKeys: Math.min(maxKeys, MAX_KEYS),
        delimiter: search.get('delimiter') ?? undefined,
      };
      const result = await archive.list(bucket, query);
      return new HttpResponse(request.method === 'HEAD' ? null : listXml(name, query, result), {
        headers: { 'Content-Type': 'application/xml', 'x-obs-request-id': newRequestId() },
      });
    }
    const found = await archive.get(bucket, key);
    if (!found) {
      return obsError(404, 'NoSuchKey', 'The specified key does not exist.', key);
    }
    return new HttpResponse(request.method === 'HEAD' ? null : found.content.bytes, { headers: objectHeaders(found) });
  };
}
