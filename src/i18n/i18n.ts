import { type Messages, setupI18n } from '@lingui/core';
import { messages as app } from './catalogs/en/app.ts';
import { messages as archive } from './catalogs/en/archive.ts';
import { messages as common } from './catalogs/en/common.ts';
import { messages as errors } from './catalogs/en/errors.ts';
import { messages as insights } from './catalogs/en/insights.ts';
import { messages as notifications } from './catalogs/en/notifications.ts';
import { messages as rules } from './catalogs/en/rules.ts';
import { messages as settings } from './catalogs/en/settings.ts';
import { messages as traces } from './catalogs/en/traces.ts';
import { messages as trackers } from './catalogs/en/trackers.ts';
import { type Locale, X_LANGUAGE } from './locales';
import type { Message, MessageId, MessageValues } from './message-id';

/** English, the source language, ships with the app; every other language is a chunk of its own. */
export const ENGLISH_MESSAGES: Messages = { ...common, ...app, ...settings, ...traces, ...trackers, ...notifications, ...insights, ...archive, ...rules, ...errors };

/** The console's one translation instance: screens read it through `useT`, the rest through `translate`. */
export const i18n = setupI18n({ locale: 'en', messages: { en: ENGLISH_MESSAGES } });

const loaded = new Set<Locale>(['en']);
/** The language being switched to: calls made while its catalogs download already ask for it. */
let requested: Locale = 'en';

const loaders: Record<Exclude<Locale, 'en'>, () => Promise<Messages>> = {
  'zh-CN': () => import('./catalogs/zh-cn-messages').then((module) => module.ZH_CN_MESSAGES),
};

/** Every catalog of a language (the chunk is downloaded once, then cached by the browser). */
export async function loadMessages(locale: Locale): Promise<Messages> {
  return locale === 'en' ? ENGLISH_MESSAGES : loaders[locale]();
}

/** Loads a language's catalogs if needed and makes it the active one (English if they cannot be loaded). */
export async function activateLocale(locale: Locale): Promise<void> {
  requested = locale;
  if (!loaded.has(locale)) {
    try {
      i18n.load(locale, await loadMessages(locale));
      loaded.add(locale);
    } catch (error) {
      console.error(`The ${locale} messages could not be loaded; the console stays in English`, error);
      requested = 'en';
      i18n.activate('en');
      return;
    }
  }
  i18n.activate(locale);
}

export function activeLocale(): Locale {
  return i18n.locale as Locale;
}

/** The `X-Language` header for CTS and IAM calls, in the active language. */
export function activeXLanguage(): string {
  return X_LANGUAGE[requested];
}

/** A message in the active language (outside React; screens use `useT` so they follow a switch). */
export function translate(id: MessageId | Message, values?: MessageValues): string {
  return typeof id === 'string' ? i18n._(id, values) : i18n._(id.id, id.values);
}
