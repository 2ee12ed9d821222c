import { type Messages, setupI18n } from '@lingui/core';
import type { CatalogArea } from './areas';
import { messages as app } from './catalogs/en/app.ts';
import { messages as common } from './catalogs/en/common.ts';
import { messages as errors } from './catalogs/en/errors.ts';
import { messages as rules } from './catalogs/en/rules.ts';
import { messages as traces } from './catalogs/en/traces.ts';
import type { Locale } from './locales';
import { setRequestedLocale } from './request-language';
import type { Message, MessageId, MessageValues } from './message-id';

/**
 * English, the source language: the first screen's areas ship with the app, every other area is
 * downloaded with its screens (`loadCatalogAreas`), so the first screen carries only its words.
 */
export const FIRST_SCREEN_ENGLISH: Messages = { ...common, ...app, ...traces, ...errors, ...rules };

const LATER_ENGLISH = {
  settings: () => import('./catalogs/en/settings.ts'),
  trackers: () => import('./catalogs/en/trackers.ts'),
  notifications: () => import('./catalogs/en/notifications.ts'),
  insights: () => import('./catalogs/en/insights.ts'),
  archive: () => import('./catalogs/en/archive.ts'),
} satisfies Partial<Record<CatalogArea, () => Promise<{ messages: Messages }>>>;

export type LaterArea = keyof typeof LATER_ENGLISH;
export const LATER_AREAS = Object.keys(LATER_ENGLISH) as LaterArea[];

/** The console's one translation instance: screens read it through `useT`, the rest through `translate`. */
export const i18n = setupI18n({ locale: 'en', messages: { en: FIRST_SCREEN_ENGLISH } });

const loadedAreas = new Map<LaterArea, Promise<void>>();

/**
 * Downloads the English messages of a screen's areas (once). Other languages come whole with
 * their chunk, but English is the fallback and the way back, so it is always loaded too.
 */
export function loadCatalogAreas(...areas: LaterArea[]): Promise<void> {
  return Promise.all(
    areas.map((area) => {
      let loading = loadedAreas.get(area);
      if (!loading) {
        loading = LATER_ENGLISH[area]().then(({ messages }) => i18n.load('en', messages));
        loading.catch(() => loadedAreas.delete(area));
        loadedAreas.set(area, loading);
      }
      return loading;
    }),
  ).then(() => undefined);
}

/** The operations catalog's titles by their English, per language (English needs none). */
const catalogTitles: Partial<Record<Locale, Record<string, string>>> = {};

/** Every message of a language, every area (the mock answers in any language it is asked). */
export async function loadAllMessages(locale: Locale): Promise<Messages> {
  if (locale === 'zh-CN') {
    const chinese = await import('./catalogs/zh-cn-messages');
    catalogTitles[locale] = chinese.ZH_CN_CATALOG_TITLES;
    return chinese.ZH_CN_MESSAGES;
  }
  const later = await Promise.all(LATER_AREAS.map((area) => LATER_ENGLISH[area]().then((module) => module.messages)));
  return Object.assign({}, FIRST_SCREEN_ENGLISH, ...later) as Messages;
}

const loadedLocales = new Set<Locale>(['en']);

/** Loads a language's catalogs if needed and makes it the active one (English if they cannot be loaded). */
export async function activateLocale(locale: Locale): Promise<void> {
  setRequestedLocale(locale);
  if (!loadedLocales.has(locale)) {
    try {
      i18n.load(locale, await loadAllMessages(locale));
      loadedLocales.add(locale);
    } catch (error) {
      console.error(`The ${locale} messages could not be loaded; the console stays in English`, error);
      setRequestedLocale('en');
      i18n.activate('en');
      return;
    }
  }
  i18n.activate(locale);
}

export function activeLocale(): Locale {
  return i18n.locale as Locale;
}


/**
 * A title of the operations catalog (a service's name, an operation's description such as
 * "Creating an ECS") in the active language, as Huawei's Chinese documentation words it; the
 * catalog's English where a language has no title for it. Trace names are never translated.
 */
export function catalogTitle(english: string): string {
  return catalogTitles[activeLocale()]?.[english] ?? english;
}

/** A message in the active language (outside React; screens use `useT` so they follow a switch). */
export function translate(id: MessageId | Message, values?: MessageValues): string {
  return typeof id === 'string' ? i18n._(id, values) : i18n._(id.id, id.values);
}
