import './rule-form-messages';
import { z } from '@/api/zod';
import { activeText, inActiveLanguage } from '@/api/message-text';
import type { Message } from '@/i18n/message-id';
import { codePointLength, ruleCheck } from './rule-check';

/**
 * Tracker tag rules (L3344–3348, L3442–3446). The tag endpoints document no 400 at all;
 * the mock answers a broken rule with 400 CTS.0003 (choice 6). Rules (`*Issue`) return catalog
 * messages (`rules.tag.*`); the forms show them in the active language.
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

/** The rules' messages (catalog `rules.tag.*`). */
export const TAG_RULE_MESSAGES = {
  keyRequired: { id: 'rules.tag.keyRequired' },
  keyLength: { id: 'rules.tag.keyLength' },
  keyReserved: { id: 'rules.tag.keyReserved' },
  valueLength: { id: 'rules.tag.valueLength' },
  textChars: { id: 'rules.tag.textChars' },
  textSpaces: { id: 'rules.tag.textSpaces' },
  count: { id: 'rules.tag.count' },
} as const satisfies Record<string, Message>;
const M = TAG_RULE_MESSAGES;

export function tagDuplicateKeyIssue(key: string): Message {
  return { id: 'rules.tag.duplicateKey', values: { key } };
}

/** The duplicate-key message in the active language. */
export function tagDuplicateKeyMessage(key: string): string {
  return activeText(tagDuplicateKeyIssue(key));
}

function tagTextIssue(text: string): Message | null {
  if (!TAG_TEXT_PATTERN.test(text)) {
    return M.textChars;
  }
  return text.startsWith(' ') || text.endsWith(' ') ? M.textSpaces : null;
}

/** Choice 6: the key is required although the table marks it optional. */
export function tagKeyIssue(key: string | undefined): Message | null {
  if (key === undefined || key === '') {
    return M.keyRequired;
  }
  if (codePointLength(key) > TAG_KEY_MAX_LENGTH) {
    return M.keyLength;
  }
  if (key.startsWith(TAG_KEY_RESERVED_PREFIX)) {
    return M.keyReserved;
  }
  return tagTextIssue(key);
}

/** An absent value is valid: on delete it means "delete by key" (L3446). */
export function tagValueIssue(value: string | undefined): Message | null {
  if (value === undefined) {
    return null;
  }
  if (codePointLength(value) > TAG_VALUE_MAX_LENGTH) {
    return M.valueLength;
  }
  return tagTextIssue(value);
}

export function tagIssue(tag: TagInput): Message | null {
  return tagKeyIssue(tag.key) ?? tagValueIssue(tag.value);
}

/** The total a tracker would hold; the mock passes existing + new keys. */
export function tagCountIssue(count: number): Message | null {
  return count > MAX_TAGS_PER_TRACKER ? M.count : null;
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
export function tagsIssue(tags: readonly TagInput[]): Message | null {
  for (const tag of tags) {
    const message = tagIssue(tag);
    if (message !== null) {
      return message;
    }
  }
  const [duplicate] = findDuplicateTagKeys(tags);
  if (duplicate !== undefined) {
    return tagDuplicateKeyIssue(tags[duplicate]?.key ?? '');
  }
  return tagCountIssue(tags.length);
}

// The count rule, as text in the active language.
export const checkTagCount = inActiveLanguage(tagCountIssue);

export const tagKeySchema = z.string().check(ruleCheck(tagKeyIssue));
export const tagValueSchema = z.string().check(ruleCheck(tagValueIssue));
export const tagSchema = z.object({ key: tagKeySchema, value: tagValueSchema.optional() });

/** For a field array: a repeated key is reported on that row's key, the count on the list. */
export const tagListSchema = z.array(tagSchema).superRefine((tags, ctx) => {
  for (const index of findDuplicateTagKeys(tags)) {
    ctx.addIssue({ code: 'custom', message: tagDuplicateKeyMessage(tags[index]?.key ?? ''), path: [index, 'key'] });
  }
  const countIssue = tagCountIssue(tags.length);
  if (countIssue !== null) {
    ctx.addIssue({ code: 'custom', message: activeText(countIssue) });
  }
});
