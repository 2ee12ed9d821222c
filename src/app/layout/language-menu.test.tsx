import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { followActiveLocale } from '@/i18n/document-language';
import { activateLocale, i18n } from '@/i18n/i18n';
import { activeXLanguage } from '@/i18n/request-language';
import { LOCALE_STORAGE_KEY } from '@/i18n/locales';
import { renderApp } from '@/testing/render-app';

describe('language menu', () => {
  afterEach(async () => {
    await act(() => activateLocale('en'));
    localStorage.clear();
  });

  it('switches the console to Chinese, in <html lang>, the CTS calls and the remembered choice', async () => {
    const stopFollowing = followActiveLocale(i18n);
    const { user } = renderApp({ path: '/traces' });
    await screen.findByRole('heading', { level: 1 });
    expect(document.documentElement.lang).toBe('en');
    expect(activeXLanguage()).toBe('en-us');

    await user.click(screen.getByRole('button', { name: 'Language: English. Change the language' }));
    await user.click(await screen.findByRole('menuitemradio', { name: '简体中文' }));

    expect(await screen.findByRole('button', { name: '语言：简体中文。切换语言' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(activeXLanguage()).toBe('zh-cn');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('zh-CN');
    stopFollowing();
  });

  it('marks the active language in the menu', async () => {
    const { user } = renderApp({ path: '/traces' });
    await user.click(await screen.findByRole('button', { name: /^Language: English/ }));
    expect(await screen.findByRole('menuitemradio', { name: 'English' })).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByRole('menuitemradio', { name: '简体中文' })).toHaveAttribute('aria-checked', 'false');
  });
});
