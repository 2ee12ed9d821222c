import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  parseSdkAuthorization,
  parseSdkDate,
  sdkDate,
  sdkSignature,
  signSdkRequest,
  type SignableRequest,
} from '@/api/signing/sdk-hmac-sha256';

interface HuaweiSignerRequest {
  method: string;
  endpoint: string;
  headers: Record<string, string>;
  queryParams: Record<string, string | string[]>;
  data?: unknown;
}
interface HuaweiSigner {
  sign(request: HuaweiSignerRequest, credential: { getAk(): string; getSk(): string }): Record<string, string>;
}

// Huawei's official signer, loaded as its SDK does (CommonJS, not part of the package's public API).
const { AKSKSigner } = createRequire(import.meta.url)('@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner') as { AKSKSigner: HuaweiSigner };

const KEYS = { accessKey: 'HPUAEXAMPLEACCESSKEY', secretKey: 'example/secret+key=with-symbols' };
const credential = { getAk: () => KEYS.accessKey, getSk: () => KEYS.secretKey };
const DATE = '20261206T195500Z';

function huaweiAuthorization(request: HuaweiSignerRequest): string {
  return AKSKSigner.sign(request, credential).Authorization ?? '';
}

describe('SDK-HMAC-SHA256', () => {
  it('signs a trace query exactly as Huawei’s SDK does', async () => {
    const expected = huaweiAuthorization({
      method: 'GET',
      endpoint: 'https://cts.ap-southeast-1.myhuaweicloud.com/v3/0123456789abcdef/traces',
      headers: { 'X-Sdk-Date': DATE, 'Content-Type': 'application/json', 'X-Project-Id': '0123456789abcdef' },
      queryParams: { trace_type: 'system', limit: '50', user: 'zoë admin', service_type: ['ECS', 'CTS'] },
    });
    const request: SignableRequest = {
      method: 'GET',
      url: new URL('https://cts.ap-southeast-1.myhuaweicloud.com/v3/0123456789abcdef/traces?trace_type=system&limit=50&user=zo%C3%AB+admin&service_type=ECS&service_type=CTS'),
      headers: {
        host: 'cts.ap-southeast-1.myhuaweicloud.com',
        'x-sdk-date': DATE,
        'content-type': 'application/json',
        'x-project-id': '0123456789abcdef',
      },
      body: '',
    };
    expect(await signSdkRequest(request, KEYS)).toBe(expected);
  });

  it('signs a JSON body as the SDK does', async () => {
    const data = { tracker_name: 'system', tracker_type: 'system', is_lts_enabled: true };
    const expected = huaweiAuthorization({
      method: 'PUT',
      endpoint: 'https://cts.eu-west-101.myhuaweicloud.eu/v3/p1/tracker',
      headers: { 'X-Sdk-Date': DATE, 'Content-Type': 'application/json' },
      queryParams: {},
      data,
    });
    const request: SignableRequest = {
      method: 'PUT',
      url: new URL('https://cts.eu-west-101.myhuaweicloud.eu/v3/p1/tracker'),
      headers: { host: 'cts.eu-west-101.myhuaweicloud.eu', 'x-sdk-date': DATE, 'content-type': 'application/json' },
      body: new TextEncoder().encode(JSON.stringify(data)),
    };
    expect(await signSdkRequest(request, KEYS)).toBe(expected);
  });

  it('gives another signature when the secret, the body or a signed header differs', async () => {
    const request: SignableRequest = {
      method: 'POST',
      url: new URL('http://127.0.0.1:9801/v3/p/notifications'),
      headers: { host: '127.0.0.1:9801', 'x-sdk-date': DATE },
      body: '{"a":1}',
    };
    const names = ['host', 'x-sdk-date'];
    const signature = await sdkSignature(request, names, KEYS.secretKey);
    expect(await sdkSignature(request, names, 'another-secret')).not.toBe(signature);
    expect(await sdkSignature({ ...request, body: '{"a":2}' }, names, KEYS.secretKey)).not.toBe(signature);
    expect(await sdkSignature({ ...request, headers: { ...request.headers, host: 'evil:1' } }, names, KEYS.secretKey)).not.toBe(signature);
  });

  it('reads back the Authorization header it writes, and refuses other schemes', async () => {
    const authorization = await signSdkRequest(
      { method: 'GET', url: new URL('http://h/v3/p/trackers'), headers: { host: 'h', 'x-sdk-date': DATE }, body: '' },
      KEYS,
    );
    expect(parseSdkAuthorization(authorization)).toMatchObject({ accessKey: KEYS.accessKey, signedHeaders: ['host', 'x-sdk-date'] });
    expect(parseSdkAuthorization('Bearer abc')).toBeNull();
    expect(parseSdkAuthorization(null)).toBeNull();
  });

  it('formats and parses X-Sdk-Date', () => {
    const date = new Date(Date.UTC(2026, 11, 6, 19, 55, 0));
    expect(sdkDate(date)).toBe(DATE);
    expect(parseSdkDate(DATE)?.getTime()).toBe(date.getTime());
    expect(parseSdkDate('2026-12-06')).toBeNull();
  });
});
