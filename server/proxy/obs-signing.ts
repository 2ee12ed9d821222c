import { createHmac } from 'node:crypto';
import type { SdkKeys } from '../../src/api/signing/sdk-hmac-sha256.ts';

/**
 * OBS's header signature (Huawei's OBS API reference, "Authentication of Signature in a Header"):
 * `Authorization: OBS <AK>:<Base64(HMAC-SHA1(SK, StringToSign))>`, where StringToSign is the verb,
 * Content-MD5, Content-Type and Date, each on its own line, then the `x-obs-` headers (lower-case,
 * sorted, `name:value` lines) and the resource, `/<bucket>/<object key as sent>`. The archive's
 * reads carry no body, no content type and no sub-resource.
 */
export interface ObsSigned {
  date: string;
  authorization: string;
}

export function obsStringToSign(method: string, date: string, obsHeaders: Readonly<Record<string, string>>, resource: string): string {
  const canonicalHeaders = Object.entries(obsHeaders)
    .map(([name, value]) => [name.toLowerCase(), value.trim()] as const)
    .filter(([name]) => name.startsWith('x-obs-'))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}:${value}\n`)
    .join('');
  return `${method}\n\n\n${date}\n${canonicalHeaders}${resource}`;
}

/** Base64(HMAC-SHA1(SK, UTF-8(StringToSign))). */
export function obsSignature(stringToSign: string, secretKey: string): string {
  return createHmac('sha1', secretKey).update(stringToSign, 'utf8').digest('base64');
}

export function signObsRequest(method: string, resource: string, keys: SdkKeys, now: Date, obsHeaders: Readonly<Record<string, string>> = {}): ObsSigned {
  const date = now.toUTCString();
  return { date, authorization: `OBS ${keys.accessKey}:${obsSignature(obsStringToSign(method, date, obsHeaders, resource), keys.secretKey)}` };
}
