import { describe, expect, it } from 'vitest';
import { z } from '@/api/zod';
import { codePointLength, firstMessage, ruleCheck } from './rule-check';

describe('ruleCheck', () => {
  const checkEven = (value: number) => (value % 2 === 0 ? null : `${value} is odd.`);
  const evenSchema = z.number().check(ruleCheck(checkEven));

  it('passes a value the check accepts', () => {
    expect(evenSchema.safeParse(4)).toEqual({ success: true, data: 4 });
  });
  it('reports exactly the check message otherwise', () => {
    expect(evenSchema.safeParse(3).error?.issues).toEqual([expect.objectContaining({ code: 'custom', message: '3 is odd.' })]);
  });
});

describe('codePointLength', () => {
  it('counts code points, not UTF-16 units', () => {
    expect(codePointLength('')).toBe(0);
    expect(codePointLength('abc')).toBe(3);
    expect(codePointLength('中文')).toBe(2);
    expect('𝒜😀'.length).toBe(4);
    expect(codePointLength('𝒜😀')).toBe(2);
  });
});

describe('firstMessage', () => {
  it('returns the first non-null message, or null', () => {
    expect(firstMessage(null, 'b', 'c')).toBe('b');
    expect(firstMessage(null, null)).toBeNull();
    expect(firstMessage()).toBeNull();
  });
});
