/**
 * Huawei Cloud's `SDK-HMAC-SHA256` request signature (AK/SK authentication), as its official SDK
 * computes it (`@huaweicloud/huaweicloud-sdk-core`, auth/AKSKSigner): shared by the console's
 * server, which signs, and the standalone mock, which verifies. Written on Web Crypto so that it
 * runs anywhere; no browser code signs (a secret key never reaches a page).
 */
export const SDK_SIGNING_ALGORITHM = 'SDK-HMAC-SHA256';

export interface SignableRequest {
  method: string;
  url: URL;
  /** Lower-case names; must hold `host` and `x-sdk-date`. */
  headers: Readonly<Record<string, string>>;
  body: Uint8Array | string;
}

export interface SdkKeys {
  accessKey: string;
  secretKey: string;
}

export interface SdkAuthorization {
  accessKey: string;
  signedHeaders: string[];
  signature: string;
}

const encoder = new TextEncoder();

function toHex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function bytes(value: Uint8Array | string): Uint8Array<ArrayBuffer> {
  return typeof value === 'string' ? encoder.encode(value) : new Uint8Array(value);
}

async function sha256Hex(value: Uint8Array | string): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', bytes(value)));
}

async function hmacSha256Hex(key: string, value: string): Promise<string> {
  const cryptoKey = await crypto.subtle.importKey('raw', bytes(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return toHex(await crypto.subtle.sign('HMAC', cryptoKey, bytes(value)));
}

/** RFC 3986 unreserved characters stay, everything else is %XX (the SDK's `urlEncode`). */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Each segment encoded, always ending in `/`. */
function canonicalUri(pathname: string): string {
  const path = pathname.split('/').map((segment) => encode(decode(segment))).join('/');
  return path.endsWith('/') ? path : `${path}/`;
}

/** Keys sorted, the values of a repeated key sorted, both encoded. */
function canonicalQuery(url: URL): string {
  const params = new Map<string, string[]>();
  url.searchParams.forEach((value, key) => params.set(key, [...(params.get(key) ?? []), value]));
  return [...params.keys()]
    .sort()
    .flatMap((key) => (params.get(key) ?? []).sort().map((value) => `${encode(key)}=${encode(value)}`))
    .join('&');
}

/** `20261206T195500Z`: the format of `X-Sdk-Date`. */
export function sdkDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** The time an `X-Sdk-Date` value names, or null when it is not in that format. */
export function parseSdkDate(value: string): Date | null {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!match) {
    return null;
  }
  const [, year, month, day, hour, minute, second] = match.map(Number) as number[];
  return new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day, hour, minute, second));
}

/** The hex signature of a request over the headers named, in the order the algorithm sorts them. */
export async function sdkSignature(request: SignableRequest, signedHeaders: readonly string[], secretKey: string): Promise<string> {
  const names = [...signedHeaders].map((name) => name.toLowerCase()).sort();
  const canonicalHeaders = names.map((name) => `${name}:${request.headers[name] ?? ''}\n`).join('');
  const canonicalRequest = [
    request.method.toUpperCase(),
    canonicalUri(request.url.pathname),
    canonicalQuery(request.url),
    canonicalHeaders,
    names.join(';'),
    await sha256Hex(request.body),
  ].join('\n');
  const stringToSign = [SDK_SIGNING_ALGORITHM, request.headers['x-sdk-date'] ?? '', await sha256Hex(canonicalRequest)].join('\n');
  return hmacSha256Hex(secretKey, stringToSign);
}

/** The `Authorization` header value for a request, signing every header it carries. */
export async function signSdkRequest(request: SignableRequest, keys: SdkKeys): Promise<string> {
  const signedHeaders = Object.keys(request.headers).map((name) => name.toLowerCase()).sort();
  const signature = await sdkSignature(request, signedHeaders, keys.secretKey);
  return `${SDK_SIGNING_ALGORITHM} Access=${keys.accessKey}, SignedHeaders=${signedHeaders.join(';')}, Signature=${signature}`;
}

/** `SDK-HMAC-SHA256 Access=…, SignedHeaders=a;b, Signature=…`, or null for anything else. */
export function parseSdkAuthorization(value: string | null | undefined): SdkAuthorization | null {
  const match = /^SDK-HMAC-SHA256\s+Access=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]{64})$/.exec(value?.trim() ?? '');
  if (!match) {
    return null;
  }
  const [, accessKey = '', headers = '', signature = ''] = match;
  return { accessKey, signedHeaders: headers.split(';'), signature };
}
