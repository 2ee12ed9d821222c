import { describe, expect, it } from 'vitest';
import { base32Decode, totpCode, verifyTotp } from './totp';

// RFC 6238, appendix B: the SHA-1 seed "12345678901234567890".
const RFC_SECRET = new TextEncoder().encode('12345678901234567890') as Uint8Array<ArrayBuffer>;

describe('totp', () => {
  it.each([
    [59, '94287082'],
    [1_111_111_109, '07081804'],
    [1_234_567_890, '89005924'],
    [20_000_000_000, '65353130'],
  ])('gives RFC 6238’s code at %i s', async (seconds, code) => {
    expect(await totpCode(RFC_SECRET, seconds * 1000, 8)).toBe(code);
  });

  it('decodes base32 secrets as authenticator apps do', () => {
    expect(Array.from(base32Decode('GEZDGNBV GY3TQOJQ'))).toEqual(Array.from(new TextEncoder().encode('1234567890')));
    expect(() => base32Decode('not base32!')).toThrow(/base32/);
  });

  it('accepts the code of the step and its neighbours, nothing older', async () => {
    const now = 1_700_000_000_000;
    expect(await verifyTotp(RFC_SECRET, await totpCode(RFC_SECRET, now), now)).toBe(true);
    expect(await verifyTotp(RFC_SECRET, await totpCode(RFC_SECRET, now - 30_000), now)).toBe(true);
    expect(await verifyTotp(RFC_SECRET, await totpCode(RFC_SECRET, now - 90_000), now)).toBe(false);
  });
});
