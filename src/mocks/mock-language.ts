import '@/api/rules/rule-form-messages';
import { type I18n, setupI18n } from '@lingui/core';
import { englishText } from '@/api/message-text';
import { loadAllMessages } from '@/i18n/i18n';
import { type Locale, localeFromLanguageTag } from '@/i18n/locales';
import type { Message } from '@/i18n/message-id';

/**
 * The language of the mock's answers. CTS answers its messages in the language `X-Language` asks
 * for (the console sends `zh-cn` or `en-us`; `Accept-Language` when it is absent). The mock does
 * the same for the messages it owns: the rules' messages (src/api/rules) and its own error texts,
 * rendered from the console's catalogs. The reference's error table (error-codes.ts) has English
 * only, so those messages are English whatever the request asks.
 *
 * Each language has its own Lingui instance: answering a request never switches the page's
 * language (that would re-render the console under the user's feet).
 */

/**
 * What the mock says: a fixed text (the reference's, verbatim), a catalog message, or a text made
 * of messages (a field name, then a rule's message).
 */
export type MockText = string | Message | ((render: (message: Message) => string) => string);

/** The language a request asks for: `X-Language`, else `Accept-Language`, else English. */
export function requestLocale(request: Request): Locale {
  return localeFromLanguageTag(request.headers.get('x-language') ?? request.headers.get('accept-language'));
}

const instances = new Map<Locale, Promise<I18n>>();

function instanceFor(locale: Locale): Promise<I18n> {
  let instance = instances.get(locale);
  if (instance === undefined) {
    instance = loadAllMessages(locale).then((messages) => setupI18n({ locale, messages: { [locale]: messages } }));
    // A failed download is not remembered: the next request tries again.
    instance.catch(() => instances.delete(locale));
    instances.set(locale, instance);
  }
  return instance;
}

function render(text: MockText, renderMessage: (message: Message) => string): string {
  if (typeof text === 'string') {
    return text;
  }
  return typeof text === 'function' ? text(renderMessage) : renderMessage(text);
}

/** The text in English: `Error.message`, and the answer when a language cannot be loaded. */
export function englishMockText(text: MockText): string {
  return render(text, englishText);
}

/** The text in `locale` (English when that language's catalogs cannot be loaded). */
export async function mockTextIn(locale: Locale, text: MockText): Promise<string> {
  if (typeof text === 'string' || locale === 'en') {
    return englishMockText(text);
  }
  try {
    const i18n = await instanceFor(locale);
    return render(text, (message) => i18n._(message.id, message.values));
  } catch {
    return englishMockText(text);
  }
}

/** The text in the language `request` asks for. */
export function mockTextFor(request: Request, text: MockText): Promise<string> {
  return mockTextIn(requestLocale(request), text);
}
