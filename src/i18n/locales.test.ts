import { describe, expect, it } from 'vitest';
import { detectLocale, localeFromLanguageTag } from './locales';

describe('the console language', () => {
  it('is the remembered choice first', () => {
    expect(detectLocale('zh-CN', ['en-GB'])).toBe('zh-CN');
    expect(detectLocale('en', ['zh-CN'])).toBe('en');
  });

  it("else the browser's first language the console speaks", () => {
    expect(detectLocale(null, ['zh-TW', 'en'])).toBe('zh-CN');
    expect(detectLocale(null, ['de-DE', 'en-US', 'zh-CN'])).toBe('en');
    expect(detectLocale(null, ['fr', 'zh'])).toBe('zh-CN');
  });

  it('else English, and a stored value it does not know is ignored', () => {
    expect(detectLocale(null, ['de'])).toBe('en');
    expect(detectLocale('klingon', [])).toBe('en');
  });

  it('reads X-Language and Accept-Language values', () => {
    expect(localeFromLanguageTag('zh-cn')).toBe('zh-CN');
    expect(localeFromLanguageTag('en-us')).toBe('en');
    expect(localeFromLanguageTag(undefined)).toBe('en');
    expect(localeFromLanguageTag('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh-CN');
  });
});
