import { describe, expect, it } from 'vitest';
import { obsSignature, obsStringToSign, signObsRequest } from './obs-signing.ts';

describe('OBS header signature', () => {
  it('builds the string to sign of the reference’s GET example', () => {
    // OBS API reference, "Authentication of Signature in a Header", StringToSign examples.
    expect(obsStringToSign('GET', 'Sat, 12 Oct 2015 08:12:38 GMT', {}, '/bucket/object.txt')).toBe('GET\n\n\nSat, 12 Oct 2015 08:12:38 GMT\n/bucket/object.txt');
  });

  it('puts the x-obs- headers, lower-case and sorted, before the resource', () => {
    expect(obsStringToSign('GET', 'D', { 'X-OBS-Security-Token': ' token ', 'x-obs-acl': 'private', 'content-type': 'text/plain' }, '/b/k')).toBe(
      'GET\n\n\nD\nx-obs-acl:private\nx-obs-security-token:token\n/b/k',
    );
  });

  it('signs with HMAC-SHA1 in Base64, the scheme OBS shares with S3’s version 2', () => {
    // The S3 developer guide's worked example of the same algorithm (its AWS header prefix aside).
    expect(obsSignature('GET\n\n\nTue, 27 Mar 2007 19:36:42 +0000\n/johnsmith/photos/puppy.jpg', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')).toBe('bWq2s1WEIj+Ydj0vQ697zp+IXMU=');
  });

  it('dates the request and names the access key', () => {
    const signed = signObsRequest('GET', '/logs/', { accessKey: 'AK', secretKey: 'SK' }, new Date(Date.UTC(2026, 11, 7, 6, 30, 0)));
    expect(signed.date).toBe('Mon, 07 Dec 2026 06:30:00 GMT');
    expect(signed.authorization).toBe(`OBS AK:${obsSignature('GET\n\n\nMon, 07 Dec 2026 06:30:00 GMT\n/logs/', 'SK')}`);
  });
});
