import { z } from '@/api/zod';

/** A validation rule: the user-facing message when `value` breaks it, else null. */
export type RuleCheck<T> = (value: T) => string | null;

/**
 * Turns a rule's check function into a zod check, so a form and the mock apply the same rule,
 * written once, in the check. The form shows the check's message; the mock answers with the
 * rule's CTS error code and that code's message from the reference, or, where the reference has
 * no code for the rule (notifications: CTS.0003), with the check's message.
 * Use as `z.string().check(ruleCheck(checkBucketName))`.
 */
export function ruleCheck<T>(check: RuleCheck<T>): z.core.$ZodCheck<T> {
  return z.superRefine<T>((value, ctx) => {
    const message = check(value);
    if (message !== null) {
      ctx.addIssue({ code: 'custom', message });
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
export function firstMessage(...messages: (string | null)[]): string | null {
  return messages.find((message) => message !== null) ?? null;
}
