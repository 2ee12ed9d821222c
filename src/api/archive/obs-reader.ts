import { SIGNATURE_HEADER } from '@/api/archive/digest-file';
import { obsFetch } from '@/api/archive/obs-client';

export interface ObsListing {
  key: string;
  size: number;
  /** The ETag without its quotes (the MD5 of a simple upload). */
  etag: string;
}

export interface ObsObject {
  bytes: Uint8Array;
  /** `x-obs-meta-signature`: the signature of a digest file. */
  signature: string | null;
}

/** What the archive needs of OBS: a whole listing of a prefix, and one object. */
export interface ObsReader {
  list(bucket: string, prefix: string, signal?: AbortSignal): Promise<ObsListing[]>;
  /** Null when there is no such object. */
  get(bucket: string, key: string, signal?: AbortSignal): Promise<ObsObject | null>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function xmlText(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? '');
}

function element(xml: string, name: string): string | undefined {
  const match = new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml);
  return match?.[1] === undefined ? undefined : xmlText(match[1]);
}

/** OBS's `ListBucketResult`: its objects, and where the next page starts when it is truncated. */
export function parseListObjects(xml: string): { objects: ObsListing[]; nextMarker: string | null } {
  const objects = [...xml.matchAll(/<Contents>([\s\S]*?)<\/Contents>/g)].map(([, contents = '']) => ({
    key: element(contents, 'Key') ?? '',
    size: Number(element(contents, 'Size') ?? 0),
    etag: (element(contents, 'ETag') ?? '').replace(/"/g, ''),
  }));
  const truncated = element(xml, 'IsTruncated') === 'true';
  // OBS sends NextMarker when truncated; without it, the last key is where the next page starts.
  const nextMarker = truncated ? (element(xml, 'NextMarker') ?? objects[objects.length - 1]?.key ?? null) : null;
  return { objects, nextMarker };
}

/** Path-encoding of an object key: each segment escaped, the slashes kept. */
export function keyPath(key: string): string {
  return key.split('/').map(encodeURIComponent).join('/');
}

/** The console's OBS reader (obs-client.ts): ListObjects page by page, GetObject. */
export const obsReader: ObsReader = {
  async list(bucket, prefix, signal) {
    const objects: ObsListing[] = [];
    let marker = '';
    for (;;) {
      const query = new URLSearchParams({ prefix, 'max-keys': '1000' });
      if (marker) {
        query.set('marker', marker);
      }
      const response = await obsFetch(bucket, `?${query.toString()}`, { signal });
      if (response.status === 404) {
        return objects;
      }
      const page = parseListObjects(await response.text());
      objects.push(...page.objects);
      if (!page.nextMarker) {
        return objects;
      }
      marker = page.nextMarker;
    }
  },
  async get(bucket, key, signal) {
    const response = await obsFetch(bucket, `/${keyPath(key)}`, { signal });
    if (response.status === 404) {
      return null;
    }
    return { bytes: new Uint8Array(await response.arrayBuffer()), signature: response.headers.get(SIGNATURE_HEADER) };
  },
};
