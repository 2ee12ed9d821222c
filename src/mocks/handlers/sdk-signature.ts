import { type SdkKeys, parseSdkAuthorization, parseSdkDate, sdkSignature } from '@/api/signing/sdk-hmac-sha256';

/** How far `X-Sdk-Date` may be from the gateway's clock, as Huawei's API gateway allows. */
const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;

/** Compares in time independent of where the strings differ. */
function sameText(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let index = 0; index < Math.min(a.length, b.length); index += 1) {
    difference |= a.charCodeAt(index) ^ b.charCodeAt(index);
  }
  return difference === 0;
}

/**
 * Checks an `SDK-HMAC-SHA256` signature as the API gateway does when the standalone mock is
 * started with a key pair: the access key, a signed and recent `X-Sdk-Date`, and the signature
 * recomputed over the headers it names, the path, the query and the body.
 */
export async function hasValidSdkSignature(request: Request, keys: SdkKeys, now = Date.now()): Promise<boolean> {
  const authorization = parseSdkAuthorization(request.headers.get('authorization'));
  if (!authorization || authorization.accessKey !== keys.accessKey || !authorization.signedHeaders.includes('x-sdk-date')) {
    return false;
  }
  const date = parseSdkDate(request.headers.get('x-sdk-date') ?? '');
  if (!date || Math.abs(now - date.getTime()) > MAX_CLOCK_SKEW_MS) {
    return false;
  }
  const url = new URL(request.url);
  const headers = Object.fromEntries(
    authorization.signedHeaders.map((name) => [name, name === 'host' ? (request.headers.get('host') ?? url.host) : (request.headers.get(name) ?? '')]),
  );
  const body = new Uint8Array(await request.clone().arrayBuffer());
  const expected = await sdkSignature({ method: request.method, url, headers, body }, authorization.signedHeaders, keys.secretKey);
  return sameText(expected, authorization.signature);
}
