import { describe, expect, it } from 'vitest';
import { activeText, englishText } from '@/api/message-text';
import {
  MAX_TAGS_PER_TRACKER,
  TAG_RULE_MESSAGES as M,
  checkTagCount,
  findDuplicateTagKeys,
  tagDuplicateKeyMessage,
  tagIssue,
  tagKeyIssue,
  tagKeySchema,
  tagListSchema,
  tagSchema,
  tagValueIssue,
  tagValueSchema,
  tagsIssue,
} from './tag-rules';

const CJK_LETTER = '中';
// U+1D49C, a letter outside the BMP: one code point but two UTF-16 units, so lengths must count code points.
const ASTRAL_LETTER = '𝒜';

describe('tag key', () => {
  it.each([
    'a',
    'a'.repeat(128),
    CJK_LETTER.repeat(128),
    ASTRAL_LETTER.repeat(128),
    'env',
    'Owner Name',
    'a_b.c:d/e=f+g-h@i',
    'sys_key',
    '_sysx',
  ])('accepts %s', (key) => {
    expect(activeText(tagKeyIssue(key))).toBeNull();
    expect(tagKeySchema.safeParse(key).success).toBe(true);
  });
  it.each([
    [undefined, englishText(M.keyRequired)],
    ['', englishText(M.keyRequired)],
    ['a'.repeat(129), englishText(M.keyLength)],
    [ASTRAL_LETTER.repeat(129), englishText(M.keyLength)],
    ['_sys_', englishText(M.keyReserved)],
    ['_sys_owner', englishText(M.keyReserved)],
    [' key', englishText(M.textSpaces)],
    ['key ', englishText(M.textSpaces)],
    [' ', englishText(M.textSpaces)],
    ['key#1', englishText(M.textChars)],
    ['key,1', englishText(M.textChars)],
    ['tab\tkey', englishText(M.textChars)],
    ['smile😀', englishText(M.textChars)],
  ])('rejects %j', (key, message) => {
    expect(activeText(tagKeyIssue(key))).toBe(message);
  });
  it('reports the same message from the schema', () => {
    expect(tagKeySchema.safeParse('_sys_x').error?.issues[0]?.message).toBe(englishText(M.keyReserved));
  });
});

describe('tag value', () => {
  it.each([undefined, '', 'a', 'a'.repeat(255), ASTRAL_LETTER.repeat(255), 'v1.0 beta', '_sys_ok'])(
    'accepts %j',
    (value) => {
      expect(activeText(tagValueIssue(value))).toBeNull();
    },
  );
  it.each([
    ['a'.repeat(256), englishText(M.valueLength)],
    [ASTRAL_LETTER.repeat(256), englishText(M.valueLength)],
    [' value', englishText(M.textSpaces)],
    ['value ', englishText(M.textSpaces)],
    ['a&b', englishText(M.textChars)],
  ])('rejects %j', (value, message) => {
    expect(activeText(tagValueIssue(value))).toBe(message);
    expect(tagValueSchema.safeParse(value).error?.issues[0]?.message).toBe(message);
  });
  it('lets the value be absent in a tag', () => {
    expect(activeText(tagIssue({ key: 'env' }))).toBeNull();
    expect(tagSchema.safeParse({ key: 'env' }).success).toBe(true);
    expect(activeText(tagIssue({ key: 'env', value: ' x' }))).toBe(englishText(M.textSpaces));
  });
});

describe('tag list', () => {
  const tags = (count: number) => Array.from({ length: count }, (_, i) => ({ key: `k${i}`, value: 'v' }));

  it('allows at most 20 tags', () => {
    expect(MAX_TAGS_PER_TRACKER).toBe(20);
    expect(checkTagCount(20)).toBeNull();
    expect(checkTagCount(21)).toBe(englishText(M.count));
    expect(activeText(tagsIssue(tags(20)))).toBeNull();
    expect(activeText(tagsIssue(tags(21)))).toBe(englishText(M.count));
    expect(tagListSchema.safeParse(tags(21)).error?.issues[0]?.message).toBe(englishText(M.count));
    expect(tagListSchema.safeParse(tags(20)).success).toBe(true);
  });
  it('rejects a key given twice in one request', () => {
    const list = [{ key: 'env', value: 'a' }, { key: 'team' }, { key: 'env', value: 'b' }];
    expect(findDuplicateTagKeys(list)).toEqual([2]);
    expect(activeText(tagsIssue(list))).toBe(tagDuplicateKeyMessage('env'));
    expect(activeText(tagsIssue([{ key: 'env' }, { key: 'Env' }]))).toBeNull();
  });
  it('reports a repeated key on its row', () => {
    const result = tagListSchema.safeParse([{ key: 'env' }, { key: 'env' }]);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: [1, 'key'], message: tagDuplicateKeyMessage('env') }),
    ]);
  });
  it('reports an invalid tag before duplicates', () => {
    expect(activeText(tagsIssue([{ key: '' }, { key: '' }]))).toBe(englishText(M.keyRequired));
  });
});
