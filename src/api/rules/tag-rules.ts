import { z } from '@/api/zod';
import { codePointLength, ruleCheck } from './rule-check';

/**
 * Tracker tag rules (L3344–3348, L3442–3446). The tag endpoints document no 400 at all;
 * the mock answers a broken rule with 400 CTS.0003 (choice 6).
 */
export const TAG_RULE_ERROR_CODE = 'CTS.0003';

export interface TagInput {
  key: string;
  value?: string;
}

export const TAG_KEY_MAX_LENGTH = 128;
export const TAG_VALUE_MAX_LENGTH = 255;
export const TAG_KEY_RESERVED_PREFIX = '_sys_';
/** Not in the reference: the cap Huawei's tag service (TMS) applies per resource (choice 6). */
export const MAX_TAGS_PER_TRACKER = 20;

/**
 * Unicode letters and digits, spaces and `_ . : / = + - @`. The create table omits the period
 * (L3347), the delete table has it (L3445); choice 5 allows it, as TMS does.
 */
export const TAG_TEXT_PATTERN = /^[\p{L}\p{N} _.:/=+\-@]*$/u;

export const TAG_KEY_REQUIRED_MESSAGE = 'Enter a tag key.';
export const TAG_KEY_LENGTH_MESSAGE = 'Use at most 128 characters for a tag key.';
export const TAG_KEY_RESERVED_MESSAGE = 'A tag key cannot start with _sys_.';
export const TAG_VALUE_LENGTH_MESSAGE = 'Use at most 255 characters for a tag value.';
export const TAG_TEXT_CHARS_MESSAGE =
  'Use letters, digits, spaces and _ . : / = + - @ only.';
export const TAG_TEXT_SPACES_MESSAGE = 'Remove the spaces at the start or end.';
export const TAG_COUNT_MESSAGE = 'A tracker can have at most 20 tags.';

export function tagDuplicateKeyMessage(key: string): string {
  return `The tag key "${key}" is used more than once.`;
}

function checkTagText(text: string): string | null {
  if (!TAG_TEXT_PATTERN.test(text)) {
    return TAG_TEXT_CHARS_MESSAGE;
  }
  return text.startsWith(' ') || text.endsWith(' ') ? TAG_TEXT_SPACES_MESSAGE : null;
}

/** Choice 6: the key is required although the table marks it optional. */
export function checkTagKey(key: string | undefined): string | null {
  if (key === undefined || key === '') {
    return TAG_KEY_REQUIRED_MESSAGE;
  }
  if (codePointLength(key) > TAG_KEY_MAX_LENGTH) {
    return TAG_KEY_LENGTH_MESSAGE;
  }
  if (key.startsWith(TAG_KEY_RESERVED_PREFIX)) {
    return TAG_KEY_RESERVED_MESSAGE;
  }
  return checkTagText(key);
}

/** An absent value is valid: on delete it means "delete by key" (L3446). */
export function checkTagValue(value: string | undefined): string | null {
  if (value === undefined) {
    return null;
  }
  if (codePointLength(value) > TAG_VALUE_MAX_LENGTH) {
    return TAG_VALUE_LENGTH_MESSAGE;
  }
  return checkTagText(value);
}

export function checkTag(tag: TagInput): string | null {
  return checkTagKey(tag.key) ?? checkTagValue(tag.value);
}

/** The total a tracker would hold; the mock passes existing + new keys. */
export function checkTagCount(count: number): string | null {
  return count > MAX_TAGS_PER_TRACKER ? TAG_COUNT_MESSAGE : null;
}

/** Indexes of the tags whose key already appeared earlier in the list. */
export function findDuplicateTagKeys(tags: readonly TagInput[]): number[] {
  const seen = new Set<string>();
  const duplicates: number[] = [];
  tags.forEach((tag, index) => {
    if (seen.has(tag.key)) {
      duplicates.push(index);
    }
    seen.add(tag.key);
  });
  return duplicates;
}

/** One request's list: every tag valid, keys unique, at most 20. */
export function checkTags(tags: readonly TagInput[]): string | null {
  for (const tag of tags) {
    const message = checkTag(tag);
    if (message !== null) {
      return message;
    }
  }
  const [duplicate] = findDuplicateTagKeys(tags);
  if (duplicate !== undefined) {
    return tagDuplicateKeyMessage(tags[duplicate]?.key ?? '');
  }
  return checkTagCount(tags.length);
}

export const tagKeySchema = z.string().check(ruleCheck(checkTagKey));
export const tagValueSchema = z.string().check(ruleCheck(checkTagValue));
export const tagSchema = z.object({ key: tagKeySchema, value: tagValueSchema.optional() });

/** For a field array: a repeated key is reported on that row's key, the count on the list. */
export const tagListSchema = z.array(tagSchema).superRefine((tags, ctx) => {
  for (const index of findDuplicateTagKeys(tags)) {
    ctx.addIssue({ code: 'custom', message: tagDuplicateKeyMessage(tags[index]?.key ?? ''), path: [index, 'key'] });
  }
  const countMessage = checkTagCount(tags.length);
  if (countMessage !== null) {
    ctx.addIssue({ code: 'custom', message: countMessage });
  }
});
