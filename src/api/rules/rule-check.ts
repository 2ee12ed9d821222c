import { z } from '@/api/zod';
import { activeText } from '@/api/message-text';
import type { Message } from '@/i18n/message-id';

/**
 * A validation rule: what is wrong with `value`, else null. Rules return a `Message` (a catalog
 * key and its values), so a form shows it in the active language and the mock in the request's;
 * a plain string is shown as it is.
 */
export type RuleCheck<T> = (value: T) => Message | string | null;

/**
 * Turns a rule's check function into a zod check, so a form and the mock apply the same rule,
 * written once, in the check. The form shows the check's message, rendered in the active language
 * when the value is parsed; the mock answers with the rule's CTS error code and that code's message
 * from the reference, or, where the reference has no code for the rule (notifications: CTS.0003),
 * with the check's message in the request's language.
 * Use as `z.string().check(ruleCheck(bucketNameIssue))`.
 */
export function ruleCheck<T>(check: RuleCheck<T>): z.core.$ZodCheck<T> {
  return z.superRefine<T>((value, ctx) => {
    const message = check(value);
    if (message !== null) {
      ctx.addIssue({ code: 'custom', message: typeof message === 'string' ? message : activeText(message) });
    }
  });
}

/** Length in Unicode code points: the reference counts "Unicode characters" (L3347), not UTF-16 units. */
export function codePointLength(text: string): number {
  let length = 0;
  for (const _char of text) {
    length += 1;
  }
  return length;
}

/** The first message of several checks, in the order given (null when all pass). */
export function firstMessage<M>(...messages: (M | null)[]): M | null {
  return messages.find((message) => message !== null) ?? null;
}
