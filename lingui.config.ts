import { defineConfig } from '@lingui/conf';
import { formatter } from '@lingui/format-json';
import { CATALOG_AREAS } from './src/i18n/areas.ts';

/**
 * The console's message catalogs: one JSON file per area and language, written by hand (the
 * English one is the source: screens name messages by ID, typed against it). `npm run i18n`
 * compiles them to the TypeScript modules the app loads (ICU plurals and placeholders resolved
 * at build time, so no message parser ships). Nothing is extracted from the source.
 */
export default defineConfig({
  locales: ['en', 'zh-CN'],
  sourceLocale: 'en',
  catalogs: CATALOG_AREAS.map((area) => ({ path: `src/i18n/catalogs/{locale}/${area}`, include: [] })),
  format: formatter({ style: 'minimal' }),
  compileNamespace: 'ts',
});
