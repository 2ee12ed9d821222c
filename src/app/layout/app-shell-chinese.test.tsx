import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { activateLocale } from '@/i18n/i18n';
import { renderApp } from '@/testing/render-app';

describe('the app shell in Chinese', () => {
  it('names the header, the navigation, the 404 page and the document title in Chinese, and follows a switch back', async () => {
    await act(() => activateLocale('zh-CN'));
    renderApp({ path: '/nowhere' });

    expect(await screen.findByRole('heading', { level: 1, name: '页面不存在' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: '主导航' });
    for (const name of ['事件列表', '洞察', '归档', '追踪器', '关键操作通知', '连接设置']) {
      expect(within(nav).getByRole('link', { name })).toBeInTheDocument();
    }
    const banner = screen.getByRole('banner');
    expect(banner).toHaveTextContent('CTS Console');
    expect(within(banner).getByRole('link', { name: /模拟模式 · 演示数据/ })).toHaveAttribute('href', '/settings');
    expect(within(banner).getByRole('button', { name: '配色方案：跟随系统' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '跳到主要内容' })).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(within(main).getByRole('status')).toHaveTextContent('此地址没有对应的页面');
    expect(within(main).getByRole('status')).toHaveTextContent('控制台中没有地址为 /nowhere 的页面。');
    expect(within(main).getByRole('link', { name: '前往事件列表' })).toHaveAttribute('href', '/traces');
    await waitFor(() => expect(document.title).toBe('页面不存在 · CTS Console'));

    await act(() => activateLocale('en'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Page not found · CTS Console'));
  });
});
