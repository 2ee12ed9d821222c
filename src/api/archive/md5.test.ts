import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fromHex, md5Hex, toHex } from '@/api/archive/md5';

describe('md5Hex', () => {
  it('gives RFC 1321’s test values', () => {
    const text = (value: string) => md5Hex(new TextEncoder().encode(value));
    expect(text('')).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(text('abc')).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(text('12345678901234567890123456789012345678901234567890123456789012345678901234567890')).toBe('57edf4a22be3c955ac49da2e2107b67a');
  });

  it('agrees with Node’s MD5 at every length around the block boundaries', () => {
    for (const length of [55, 56, 63, 64, 65, 119, 120, 1000, 70_001]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + length) & 255);
      expect(md5Hex(bytes)).toBe(createHash('md5').update(bytes).digest('hex'));
    }
  });
});

describe('hex', () => {
  it('round-trips, and refuses what is not hex', () => {
    expect(toHex(fromHex('00ff10ab') ?? new Uint8Array())).toBe('00ff10ab');
    expect(fromHex('abc')).toBeNull();
    expect(fromHex('zz')).toBeNull();
  });
});
