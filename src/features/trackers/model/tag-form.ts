import { z } from '@/api/zod';
import type { Tag } from '@/api/contract/types';
import { checkTagCount, tagListSchema } from '@/api/rules/tag-rules';

export type TagEditorMode = 'add' | 'remove';

export interface TagRow {
  key: string;
  value: string;
}

export interface TagFormValues {
  tags: TagRow[];
}

export const EMPTY_TAG_ROW: TagRow = { key: '', value: '' };

/**
 * The tag rules of `src/api/rules/tag-rules` on a list of rows. When adding, the tracker's known
 * keys count towards its 20 tags (choice 6); a key it already has is overwritten, not added.
 */
export function tagFormSchema(mode: TagEditorMode, existingKeys: readonly string[]) {
  const row = z.object({ key: z.string(), value: z.string() });
  return z.object({ tags: z.array(row) }).superRefine((values, ctx) => {
    const result = tagListSchema.safeParse(values.tags);
    for (const issue of result.success ? [] : result.error.issues) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: ['tags', ...issue.path] });
    }
    if (mode !== 'add') {
      return;
    }
    const keys = new Set([...existingKeys, ...values.tags.map((tag) => tag.key)]);
    const message = checkTagCount(keys.size);
    // The list's own count issue already says it when the new tags alone are too many.
    if (message !== null && (result.success || !result.error.issues.some((issue) => issue.message === message))) {
      ctx.addIssue({ code: 'custom', message, path: ['tags'] });
    }
  });
}

/**
 * The request's tags. Added tags keep an empty value (a tag may have none); on removal an empty
 * value means "every value of this key" and is left out (L3446).
 */
export function toTagRequest(mode: TagEditorMode, rows: readonly { key: string; value?: string }[]): Tag[] {
  return rows.map(({ key, value = '' }) => (mode === 'remove' && value === '' ? { key } : { key, value }));
}
