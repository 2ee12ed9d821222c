import { describe, expect, it } from 'vitest';
import {
  TAG_COUNT_MESSAGE,
  TAG_KEY_LENGTH_MESSAGE,
  TAG_KEY_REQUIRED_MESSAGE,
  TAG_KEY_RESERVED_MESSAGE,
  TAG_TEXT_CHARS_MESSAGE,
  TAG_TEXT_SPACES_MESSAGE,
  TAG_VALUE_LENGTH_MESSAGE,
  tagDuplicateKeyMessage,
} from '@/api/rules/tag-rules';
import { tagFormSchema, toTagRequest, type TagRow } from './tag-form';

function messages(rows: TagRow[], existing: string[] = [], mode: 'add' | 'remove' = 'add'): string[] {
  const result = tagFormSchema(mode, existing).safeParse({ tags: rows });
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('the tag form (rules from src/api/rules/tag-rules)', () => {
  it('checks the key at its edges: required, 128/129 characters, _sys_', () => {
    expect(messages([{ key: '', value: '' }])).toEqual([TAG_KEY_REQUIRED_MESSAGE]);
    expect(messages([{ key: 'k'.repeat(128), value: '' }])).toEqual([]);
    expect(messages([{ key: 'k'.repeat(129), value: '' }])).toEqual([TAG_KEY_LENGTH_MESSAGE]);
    expect(messages([{ key: '_sys_owner', value: '' }])).toEqual([TAG_KEY_RESERVED_MESSAGE]);
    expect(messages([{ key: 'sys_owner', value: '' }])).toEqual([]);
  });

  it('checks the value at its edges: 255/256 characters, may be empty', () => {
    expect(messages([{ key: 'k', value: 'v'.repeat(255) }])).toEqual([]);
    expect(messages([{ key: 'k', value: 'v'.repeat(256) }])).toEqual([TAG_VALUE_LENGTH_MESSAGE]);
    expect(messages([{ key: 'k', value: '' }])).toEqual([]);
  });

  it('allows letters, digits, spaces and _ . : / = + - @ with no leading or trailing space', () => {
    expect(messages([{ key: 'Équipe 1_.:/=+-@', value: 'prod/eu = 1' }])).toEqual([]);
    expect(messages([{ key: 'a#b', value: '' }])).toEqual([TAG_TEXT_CHARS_MESSAGE]);
    expect(messages([{ key: 'k', value: 'a<b' }])).toEqual([TAG_TEXT_CHARS_MESSAGE]);
    expect(messages([{ key: ' k', value: '' }])).toEqual([TAG_TEXT_SPACES_MESSAGE]);
    expect(messages([{ key: 'k', value: 'v ' }])).toEqual([TAG_TEXT_SPACES_MESSAGE]);
  });

  it('refuses a key given twice, and more than 20 tags counting the tracker’s own', () => {
    expect(messages([{ key: 'a', value: '1' }, { key: 'a', value: '2' }])).toEqual([tagDuplicateKeyMessage('a')]);
    const existing = Array.from({ length: 19 }, (_, index) => `k${index}`);
    expect(messages([{ key: 'new', value: '' }], existing)).toEqual([]);
    expect(messages([{ key: 'new', value: '' }, { key: 'other', value: '' }], existing)).toEqual([TAG_COUNT_MESSAGE]);
    // Overwriting a key the tracker has does not add a tag.
    expect(messages([{ key: 'new', value: '' }, { key: 'k0', value: 'x' }], existing)).toEqual([]);
    // Removing never counts.
    expect(messages([{ key: 'new', value: '' }, { key: 'other', value: '' }], existing, 'remove')).toEqual([]);
  });

  it('removes by key when no value is given, adds an empty value as it is', () => {
    expect(toTagRequest('remove', [{ key: 'env', value: '' }, { key: 'owner', value: 'secops' }])).toEqual([
      { key: 'env' },
      { key: 'owner', value: 'secops' },
    ]);
    expect(toTagRequest('add', [{ key: 'env', value: '' }])).toEqual([{ key: 'env', value: '' }]);
  });
});
