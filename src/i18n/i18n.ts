import { type Messages, setupI18n } from '@lingui/core';
import { type CatalogArea, areaOfMessage } from './areas';
import { messages as app } from './catalogs/en/app.ts';
import { messages as common } from './catalogs/en/common.ts';
import { messages as errors } from './catalogs/en/errors.ts';
import { messages as rules } from './catalogs/en/rules.ts';
import { messages as traces } from './catalogs/en/traces.ts';
import { messages as volume } from './catalogs/en/volume.ts';
import type { Locale } from './locales';
import { getRequestedLocale, setRequestedLocale } from './request-language';
import type { Message, MessageId, MessageValues } from './message-id';

/**
 * English, the source language: the first screen's areas ship with the app, every other area is
 * downloaded with its screens (`loadCatalogAreas`), so the first screen carries only its words.
 * Chinese is loaded the same way: its first screen's areas in one chunk when chosen, the others
 * with their screens.
 */
export const FIRST_SCREEN_ENGLISH: Messages = { ...common, ...app, ...traces, ...volume, ...errors, ...rules };

type CatalogModule = Promise<{ messages: Messages }>;

const LATER_CATALOGS = {
  settings: { en: () => import('./catalogs/en/settings.ts'), 'zh-CN': () => import('./catalogs/zh-CN/settings.ts') },
  trackers: { en: () => import('./catalogs/en/trackers.ts'), 'zh-CN': () => import('./catalogs/zh-CN/trackers.ts') },
  notifications: { en: () => import('./catalogs/en/notifications.ts'), 'zh-CN': () => import('./catalogs/zh-CN/notifications.ts') },
  insights: { en: () => import('./catalogs/en/insights.ts'), 'zh-CN': () => import('./catalogs/zh-CN/insights.ts') },
  archive: { en: () => import('./catalogs/en/archive.ts'), 'zh-CN': () => import('./catalogs/zh-CN/archive.ts') },
  startup: { en: () => import('./catalogs/en/startup.ts'), 'zh-CN': () => import('./catalogs/zh-CN/startup.ts') },
  'trace-panels': { en: () => import('./catalogs/en/trace-panels.ts'), 'zh-CN': () => import('./catalogs/zh-CN/trace-panels.ts') },
  // Its English comes with the rules that show it (src/api/rules/rule-form-messages.ts); importing
  // it here as well would cost the first screen a chunk of bundler runtime.
  'rule-forms': { en: () => Promise.resolve({ messages: {} }), 'zh-CN': () => import('./catalogs/zh-CN/rule-forms.ts') },
} satisfies Partial<Record<CatalogArea, Record<Locale, () => CatalogModule>>>;

export type LaterArea = keyof typeof LATER_CATALOGS;
export const LATER_AREAS = Object.keys(LATER_CATALOGS) as LaterArea[];

/** The console's one translation instance: screens read it through `useT`, the rest through `translate`. */
export const i18n = setupI18n({ locale: 'en', messages: { en: FIRST_SCREEN_ENGLISH }, missing: loadMissingArea });

/** The operations catalog's titles by their English, per language (English needs none). */
const catalogTitles: Partial<Record<Locale, Record<string, string>>> = {};

/** What has been loaded (or is loading), by `locale:area`; `locale:first` for a first screen's areas. */
const loading = new Map<string, Promise<void>>();
/** The later areas the screens shown so far needed: a language chosen later loads them too. */
const neededAreas = new Set<LaterArea>();

function loadOnce(key: string, load: () => Promise<void>): Promise<void> {
  let pending = loading.get(key);
  if (!pending) {
    pending = load();
    pending.catch(() => loading.delete(key));
    loading.set(key, pending);
  }
  return pending;
}

function loadFirstScreen(locale: Locale): Promise<void> {
  if (locale === 'en') {
    return Promise.resolve();
  }
  return loadOnce(`${locale}:first`, async () => {
    const chinese = await import('./catalogs/zh-cn-messages');
    catalogTitles[locale] = chinese.ZH_CN_CATALOG_TITLES;
    i18n.load(locale, chinese.ZH_CN_FIRST_SCREEN_MESSAGES);
  });
}

function loadArea(locale: Locale, area: LaterArea): Promise<void> {
  return loadOnce(`${locale}:${area}`, () => LATER_CATALOGS[area][locale]().then(({ messages }) => i18n.load(locale, messages)));
}

/**
 * Downloads the messages of a screen's areas (once): English, the fallback and the way back, and
 * the language being shown if it is another.
 */
export function loadCatalogAreas(...areas: LaterArea[]): Promise<void> {
  areas.forEach((area) => neededAreas.add(area));
  const locale = getRequestedLocale();
  return Promise.all(areas.flatMap((area) => [loadArea('en', area), ...(locale === 'en' ? [] : [loadArea(locale, area)])])).then(() => undefined);
}

/**
 * A message asked for before its area was loaded: a screen that forgot to load its area with its
 * chunk. The area is loaded, and the change re-renders the screen; until then the ID shows.
 */
function loadMissingArea(locale: string, id: string): string {
  const area = areaOfMessage(id);
  if (area && area in LATER_CATALOGS && (locale === 'en' || locale === 'zh-CN')) {
    if (import.meta.env.DEV) {
      console.warn(`"${id}" was shown before the ${area} messages were loaded: load them with the screen (loadCatalogAreas).`);
    }
    void loadArea(locale, area as LaterArea).catch(() => undefined);
  }
  return id;
}

/** A chunk's loader that loads its areas' messages beside it: what the chunk renders is never an ID. */
export function withCatalogAreas<T>(load: () => Promise<T>, ...areas: LaterArea[]): () => Promise<T> {
  return () => Promise.all([load(), loadCatalogAreas(...areas)]).then(([loaded]) => loaded);
}

/** Every message of a language, every area (the mock answers in any language it is asked). */
export async function loadAllMessages(locale: Locale): Promise<Messages> {
  const first = locale === 'en' ? FIRST_SCREEN_ENGLISH : (await import('./catalogs/zh-cn-messages')).ZH_CN_FIRST_SCREEN_MESSAGES;
  const later = await Promise.all(LATER_AREAS.map((area) => LATER_CATALOGS[area][locale]().then((module) => module.messages)));
  return Object.assign({}, first, ...later) as Messages;
}

/** Loads a language's catalogs if needed and makes it the active one (English if they cannot be loaded). */
export async function activateLocale(locale: Locale): Promise<void> {
  setRequestedLocale(locale);
  if (locale !== 'en') {
    try {
      await Promise.all([loadFirstScreen(locale), ...[...neededAreas].map((area) => loadArea(locale, area))]);
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
