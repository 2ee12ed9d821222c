import { describe, expect, it } from 'vitest';
import { englishText } from '@/api/message-text';
import { TAG_RULE_MESSAGES as M, tagDuplicateKeyMessage } from '@/api/rules/tag-rules';
import { tagFormSchema, toTagRequest, type TagRow } from './tag-form';

function messages(rows: TagRow[], existing: string[] = [], mode: 'add' | 'remove' = 'add'): string[] {
  const result = tagFormSchema(mode, existing).safeParse({ tags: rows });
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('the tag form (rules from src/api/rules/tag-rules)', () => {
  it('checks the key at its edges: required, 128/129 characters, _sys_', () => {
    expect(messages([{ key: '', value: '' }])).toEqual([englishText(M.keyRequired)]);
    expect(messages([{ key: 'k'.repeat(128), value: '' }])).toEqual([]);
    expect(messages([{ key: 'k'.repeat(129), value: '' }])).toEqual([englishText(M.keyLength)]);
    expect(messages([{ key: '_sys_owner', value: '' }])).toEqual([englishText(M.keyReserved)]);
    expect(messages([{ key: 'sys_owner', value: '' }])).toEqual([]);
  });

  it('checks the value at its edges: 255/256 characters, may be empty', () => {
    expect(messages([{ key: 'k', value: 'v'.repeat(255) }])).toEqual([]);
    expect(messages([{ key: 'k', value: 'v'.repeat(256) }])).toEqual([englishText(M.valueLength)]);
    expect(messages([{ key: 'k', value: '' }])).toEqual([]);
  });

  it('allows letters, digits, spaces and _ . : / = + - @ with no leading or trailing space', () => {
    expect(messages([{ key: 'Équipe 1_.:/=+-@', value: 'prod/eu = 1' }])).toEqual([]);
    expect(messages([{ key: 'a#b', value: '' }])).toEqual([englishText(M.textChars)]);
    expect(messages([{ key: 'k', value: 'a<b' }])).toEqual([englishText(M.textChars)]);
    expect(messages([{ key: ' k', value: '' }])).toEqual([englishText(M.textSpaces)]);
    expect(messages([{ key: 'k', value: 'v ' }])).toEqual([englishText(M.textSpaces)]);
  });

  it('refuses a key given twice, and more than 20 tags counting the tracker’s own', () => {
    expect(messages([{ key: 'a', value: '1' }, { key: 'a', value: '2' }])).toEqual([tagDuplicateKeyMessage('a')]);
    const existing = Array.from({ length: 19 }, (_, index) => `k${index}`);
    expect(messages([{ key: 'new', value: '' }], existing)).toEqual([]);
    expect(messages([{ key: 'new', value: '' }, { key: 'other', value: '' }], existing)).toEqual([englishText(M.count)]);
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
