import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import { describe, expect, it } from 'vitest';
import { CATALOG_AREAS, areaOfMessage } from './areas';
import { LOCALES } from './locales';

const CATALOGS = 'src/i18n/catalogs';

function catalog(locale: string, area: string): Record<string, string> {
  return JSON.parse(readFileSync(join(CATALOGS, locale, `${area}.json`), 'utf8')) as Record<string, string>;
}

/** The names of a message's ICU arguments and numbered tags: `{count, plural, …}`, `<0>`. */
function argumentsOf(message: string): string[] {
  const names = [...message.matchAll(/\{\s*([A-Za-z0-9_]+)\s*[,}]/g), ...message.matchAll(/<(\d+)>/g)].map((match) => match[1] ?? '');
  return [...new Set(names)].sort();
}

function sourceText(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      return path === CATALOGS ? [] : sourceText(path);
    }
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('the message catalogs', () => {
  for (const area of CATALOG_AREAS) {
    describe(area, () => {
      const english = catalog('en', area);

      it('holds only the messages its area owns (areas.ts)', () => {
        expect(Object.keys(english).filter((id) => areaOfMessage(id) !== area)).toEqual([]);
      });

      for (const locale of LOCALES) {
        it(`${locale} has every message, none empty, with the same placeholders as English`, () => {
          const translated = catalog(locale, area);
          expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
          for (const [id, message] of Object.entries(translated)) {
            expect(message.trim(), id).not.toBe('');
            expect(argumentsOf(message), id).toEqual(argumentsOf(english[id] ?? ''));
          }
        });

        it(`${locale} is compiled (npm run i18n) from its JSON`, async () => {
          const { messages } = (await import(`./catalogs/${locale}/${area}.ts`)) as { messages: Record<string, unknown> };
          const compiled = Object.fromEntries(Object.entries(catalog(locale, area)).map(([id, message]) => [id, compileMessageOrThrow(message)]));
          expect(messages).toEqual(compiled);
        });
      }
    });
  }

  it('holds no message the console does not show', () => {
    const source = sourceText('src').join('\n');
    const ids = CATALOG_AREAS.flatMap((area) => Object.keys(catalog('en', area)));
    expect(ids.filter((id) => !source.includes(`'${id}'`) && !source.includes(`"${id}"`))).toEqual([]);
  });
});
