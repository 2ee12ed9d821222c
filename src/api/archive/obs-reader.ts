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

/** A folder's listing with OBS's `delimiter=/`: its own objects, and its subfolders (not their objects). */
export interface ObsFolder {
  objects: ObsListing[];
  folders: string[];
}

/** What the archive needs of OBS: a whole listing of a prefix or a folder, and one object. */
export interface ObsReader {
  list(bucket: string, prefix: string, signal?: AbortSignal): Promise<ObsListing[]>;
  listFolder(bucket: string, prefix: string, signal?: AbortSignal): Promise<ObsFolder>;
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
export function parseListObjects(xml: string): { objects: ObsListing[]; folders: string[]; nextMarker: string | null } {
  const objects = [...xml.matchAll(/<Contents>([\s\S]*?)<\/Contents>/g)].map(([, contents = '']) => ({
    key: element(contents, 'Key') ?? '',
    size: Number(element(contents, 'Size') ?? 0),
    etag: (element(contents, 'ETag') ?? '').replace(/"/g, ''),
  }));
  const folders = [...xml.matchAll(/<CommonPrefixes>([\s\S]*?)<\/CommonPrefixes>/g)].map(([, common = '']) => element(common, 'Prefix') ?? '');
  const truncated = element(xml, 'IsTruncated') === 'true';
  // OBS sends NextMarker when truncated; without it, the last key is where the next page starts.
  const nextMarker = truncated ? (element(xml, 'NextMarker') ?? objects[objects.length - 1]?.key ?? null) : null;
  return { objects, folders, nextMarker };
}

/** Path-encoding of an object key: each segment escaped, the slashes kept. */
export function keyPath(key: string): string {
  return key.split('/').map(encodeURIComponent).join('/');
}

/** ListObjects page by page (with `delimiter` when given), to the end. */
async function listAll(bucket: string, prefix: string, delimiter: string | null, signal?: AbortSignal): Promise<ObsFolder> {
  const listed: ObsFolder = { objects: [], folders: [] };
  let marker = '';
  for (;;) {
    const query = new URLSearchParams({ prefix, 'max-keys': '1000' });
    if (delimiter) {
      query.set('delimiter', delimiter);
    }
    if (marker) {
      query.set('marker', marker);
    }
    const response = await obsFetch(bucket, `?${query.toString()}`, { signal });
    if (response.status === 404) {
      return listed;
    }
    const page = parseListObjects(await response.text());
    listed.objects.push(...page.objects);
    listed.folders.push(...page.folders);
    if (!page.nextMarker) {
      return listed;
    }
    marker = page.nextMarker;
  }
}

/** The console's OBS reader (obs-client.ts): ListObjects page by page, GetObject. */
export const obsReader: ObsReader = {
  async list(bucket, prefix, signal) {
    return (await listAll(bucket, prefix, null, signal)).objects;
  },
  listFolder: (bucket, prefix, signal) => listAll(bucket, prefix, '/', signal),
  async get(bucket, key, signal) {
    const response = await obsFetch(bucket, `/${keyPath(key)}`, { signal });
    if (response.status === 404) {
      return null;
    }
    return { bytes: new Uint8Array(await response.arrayBuffer()), signature: response.headers.get(SIGNATURE_HEADER) };
  },
};
