import { type Messages, setupI18n } from '@lingui/core';
import { FIRST_SCREEN_ENGLISH, i18n, translate } from '@/i18n/i18n';
import type { Message } from '@/i18n/message-id';

/**
 * Texts of the messages src/api builds (rule messages, the console's own errors). The rules
 * return a `Message`; a form shows it in the active language, the mock in the language of the
 * request, and the wire and the English constants in English, from the same catalog entry.
 * No zod here: the first screen imports this module.
 */

/**
 * English whatever the active language: the page's language switch does not reach it. The first
 * screen's areas are always there; the forms' rules bring theirs (`addEnglish`).
 */
const english = setupI18n({ locale: 'en', messages: { en: FIRST_SCREEN_ENGLISH } });

/**
 * English messages outside the first screen's areas that a module turns into text (the forms'
 * rule messages, the mock's wire messages): the module imports them, so they are there before
 * its first call, without the first screen downloading them.
 */
export function addEnglish(messages: Messages): void {
  english.load('en', messages);
  i18n.load('en', messages);
}

/** A message in English (the reference's language): the mock's wire messages, `Error.message`. */
export function englishText(message: Message): string {
  return english._(message.id, message.values);
}

/** A message in the active language, at the time of the call. */
export function activeText(message: Message): string;
export function activeText(message: Message | null): string | null;
export function activeText(message: Message | null): string | null {
  return message === null ? null : translate(message);
}

/**
 * A rule that returns a `Message`, as a function that returns its text in the active language:
 * the `check*` functions forms call directly. The rule stays the one definition.
 */
export function inActiveLanguage<A extends unknown[]>(rule: (...args: A) => Message | null): (...args: A) => string | null {
  return (...args) => activeText(rule(...args));
}
