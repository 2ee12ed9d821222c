import { describe, expect, it } from 'vitest';
import { sdkDate, signSdkRequest } from '@/api/signing/sdk-hmac-sha256';
import { hasValidSdkSignature } from '@/mocks/handlers/sdk-signature';

const KEYS = { accessKey: 'MOCKACCESSKEY', secretKey: 'mock-secret' };
const URL_ = 'http://127.0.0.1:9801/v3/p/tracker?tracker_name=system';
const BODY = '{"tracker_name":"system","tracker_type":"system"}';

async function signedRequest(options: { keys?: typeof KEYS; date?: Date; body?: string; tamper?: (headers: Headers) => void } = {}) {
  const date = sdkDate(options.date ?? new Date());
  const headers: Record<string, string> = { host: '127.0.0.1:9801', 'x-sdk-date': date, 'content-type': 'application/json' };
  const authorization = await signSdkRequest({ method: 'PUT', url: new URL(URL_), headers, body: BODY }, options.keys ?? KEYS);
  const sent = new Headers({ ...headers, authorization });
  options.tamper?.(sent);
  return new Request(URL_, { method: 'PUT', headers: sent, body: options.body ?? BODY });
}

describe('the mock gateway’s AK/SK check', () => {
  it('accepts a request signed with its key pair, and leaves the body readable', async () => {
    const request = await signedRequest();
    expect(await hasValidSdkSignature(request, KEYS)).toBe(true);
    expect(await request.text()).toBe(BODY);
  });

  it('refuses a wrong secret, another access key, a changed body or a changed signed header', async () => {
    expect(await hasValidSdkSignature(await signedRequest({ keys: { ...KEYS, secretKey: 'wrong' } }), KEYS)).toBe(false);
    expect(await hasValidSdkSignature(await signedRequest({ keys: { ...KEYS, accessKey: 'OTHER' } }), KEYS)).toBe(false);
    expect(await hasValidSdkSignature(await signedRequest({ body: '{"tracker_name":"other"}' }), KEYS)).toBe(false);
    const tampered = await signedRequest({ tamper: (headers) => headers.set('content-type', 'text/plain') });
    expect(await hasValidSdkSignature(tampered, KEYS)).toBe(false);
  });

  it('refuses a signature older than 15 minutes', async () => {
    const stale = await signedRequest({ date: new Date(Date.now() - 16 * 60 * 1000) });
    expect(await hasValidSdkSignature(stale, KEYS)).toBe(false);
  });
});
