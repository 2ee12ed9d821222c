import { describe, expect, it } from 'vitest';
import {
  MAX_TAGS_PER_TRACKER,
  TAG_COUNT_MESSAGE,
  TAG_KEY_LENGTH_MESSAGE,
  TAG_KEY_REQUIRED_MESSAGE,
  TAG_KEY_RESERVED_MESSAGE,
  TAG_TEXT_CHARS_MESSAGE,
  TAG_TEXT_SPACES_MESSAGE,
  TAG_VALUE_LENGTH_MESSAGE,
  checkTag,
  checkTagCount,
  checkTagKey,
  checkTagValue,
  checkTags,
  findDuplicateTagKeys,
  tagDuplicateKeyMessage,
  tagKeySchema,
  tagListSchema,
  tagSchema,
  tagValueSchema,
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
    expect(checkTagKey(key)).toBeNull();
    expect(tagKeySchema.safeParse(key).success).toBe(true);
  });
  it.each([
    [undefined, TAG_KEY_REQUIRED_MESSAGE],
    ['', TAG_KEY_REQUIRED_MESSAGE],
    ['a'.repeat(129), TAG_KEY_LENGTH_MESSAGE],
    [ASTRAL_LETTER.repeat(129), TAG_KEY_LENGTH_MESSAGE],
    ['_sys_', TAG_KEY_RESERVED_MESSAGE],
    ['_sys_owner', TAG_KEY_RESERVED_MESSAGE],
    [' key', TAG_TEXT_SPACES_MESSAGE],
    ['key ', TAG_TEXT_SPACES_MESSAGE],
    [' ', TAG_TEXT_SPACES_MESSAGE],
    ['key#1', TAG_TEXT_CHARS_MESSAGE],
    ['key,1', TAG_TEXT_CHARS_MESSAGE],
    ['tab\tkey', TAG_TEXT_CHARS_MESSAGE],
    ['smile😀', TAG_TEXT_CHARS_MESSAGE],
  ])('rejects %j', (key, message) => {
    expect(checkTagKey(key)).toBe(message);
  });
  it('reports the same message from the schema', () => {
    expect(tagKeySchema.safeParse('_sys_x').error?.issues[0]?.message).toBe(TAG_KEY_RESERVED_MESSAGE);
  });
});

describe('tag value', () => {
  it.each([undefined, '', 'a', 'a'.repeat(255), ASTRAL_LETTER.repeat(255), 'v1.0 beta', '_sys_ok'])(
    'accepts %j',
    (value) => {
      expect(checkTagValue(value)).toBeNull();
    },
  );
  it.each([
    ['a'.repeat(256), TAG_VALUE_LENGTH_MESSAGE],
    [ASTRAL_LETTER.repeat(256), TAG_VALUE_LENGTH_MESSAGE],
    [' value', TAG_TEXT_SPACES_MESSAGE],
    ['value ', TAG_TEXT_SPACES_MESSAGE],
    ['a&b', TAG_TEXT_CHARS_MESSAGE],
  ])('rejects %j', (value, message) => {
    expect(checkTagValue(value)).toBe(message);
    expect(tagValueSchema.safeParse(value).error?.issues[0]?.message).toBe(message);
  });
  it('lets the value be absent in a tag', () => {
    expect(checkTag({ key: 'env' })).toBeNull();
    expect(tagSchema.safeParse({ key: 'env' }).success).toBe(true);
    expect(checkTag({ key: 'env', value: ' x' })).toBe(TAG_TEXT_SPACES_MESSAGE);
  });
});

describe('tag list', () => {
  const tags = (count: number) => Array.from({ length: count }, (_, i) => ({ key: `k${i}`, value: 'v' }));

  it('allows at most 20 tags', () => {
    expect(MAX_TAGS_PER_TRACKER).toBe(20);
    expect(checkTagCount(20)).toBeNull();
    expect(checkTagCount(21)).toBe(TAG_COUNT_MESSAGE);
    expect(checkTags(tags(20))).toBeNull();
    expect(checkTags(tags(21))).toBe(TAG_COUNT_MESSAGE);
    expect(tagListSchema.safeParse(tags(21)).error?.issues[0]?.message).toBe(TAG_COUNT_MESSAGE);
    expect(tagListSchema.safeParse(tags(20)).success).toBe(true);
  });
  it('rejects a key given twice in one request', () => {
    const list = [{ key: 'env', value: 'a' }, { key: 'team' }, { key: 'env', value: 'b' }];
    expect(findDuplicateTagKeys(list)).toEqual([2]);
    expect(checkTags(list)).toBe(tagDuplicateKeyMessage('env'));
    expect(checkTags([{ key: 'env' }, { key: 'Env' }])).toBeNull();
  });
  it('reports a repeated key on its row', () => {
    const result = tagListSchema.safeParse([{ key: 'env' }, { key: 'env' }]);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: [1, 'key'], message: tagDuplicateKeyMessage('env') }),
    ]);
  });
  it('reports an invalid tag before duplicates', () => {
    expect(checkTags([{ key: '' }, { key: '' }])).toBe(TAG_KEY_REQUIRED_MESSAGE);
  });
});
