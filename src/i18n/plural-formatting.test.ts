import { setupI18n } from '@lingui/core';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import { afterEach, describe, expect, it } from 'vitest';

/*
 * patches/@lingui+core+*.patch: lingui formats a plural's number for `#` even when the chosen branch
 * has none, and the page's first Intl.NumberFormat costs ~12 ms (~45 ms on a 4× slower CPU) before
 * the trace list's first rows ("{count} traces loaded" is a plural without `#`).
 */
function translator(locale: string, message: string) {
  return setupI18n({ locale, messages: { [locale]: { id: compileMessageOrThrow(message) } } });
}

const NumberFormat = Intl.NumberFormat;

describe('plural messages', () => {
  afterEach(() => {
    Intl.NumberFormat = NumberFormat;
  });

  it('create no number format when the chosen branch has no #', () => {
    const created: string[] = [];
    Intl.NumberFormat = class extends NumberFormat {
      constructor(...args: ConstructorParameters<typeof NumberFormat>) {
        super(...args);
        created.push(String(args[0]));
      }
    } as typeof NumberFormat;
    // A language no other test formats in: lingui keeps the formats it made, per language.
    const i18n = translator('en-GB', '{count, plural, one {{count} trace loaded} other {{count} traces loaded}}');
    expect(i18n._('id', { count: 1 })).toBe('1 trace loaded');
    expect(i18n._('id', { count: 2500 })).toBe('2500 traces loaded');
    expect(created).toEqual([]);
  });

  it('still format # with the language’s number format', () => {
    const i18n = translator('en', '{count, plural, one {# row} other {# rows}}');
    expect(i18n._('id', { count: 1 })).toBe('1 row');
    expect(i18n._('id', { count: 12345 })).toBe('12,345 rows');
  });
});
