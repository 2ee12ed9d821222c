import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { activateLocale } from '@/i18n/i18n';
import { DISABLED_NOTIFICATION_NAME, SMN_NOTIFICATION_NAME } from '@/mocks/db/seed-world';
import { renderApp } from '@/testing/render-app';

describe('key event notifications in Chinese', () => {
  it('shows the list in Chinese, notification names verbatim', { timeout: 60_000 }, async () => {
    await act(() => activateLocale('zh-CN'));
    renderApp({ path: '/notifications' });
    const table = await screen.findByRole('table', { name: '关键操作通知' }, { timeout: 10_000 });
    expect(screen.getByRole('heading', { level: 1, name: '关键操作通知' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '刷新' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '创建通知' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '删除所选（0）' })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: '按名称搜索' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '搜索' })).toBeInTheDocument();
    const headers = within(table).getAllByRole('columnheader').map((cell) => cell.textContent);
    expect(headers).toEqual(expect.arrayContaining(['名称', '类型', '状态', '操作', '操作用户', '主题或函数', '创建时间']));
    expect(within(table).getByRole('switch', { name: `${SMN_NOTIFICATION_NAME} 已启用` })).toBeChecked();
    expect(within(table).getByRole('link', { name: SMN_NOTIFICATION_NAME })).toBeInTheDocument();
    expect(within(table).getAllByText('已停用').length).toBeGreaterThan(0);
    expect(screen.getByRole('region', { name: '永远不会触发的通知' })).toHaveTextContent(DISABLED_NOTIFICATION_NAME);
  });

  it('shows the builder in Chinese and follows a switch back to English', { timeout: 60_000 }, async () => {
    await act(() => activateLocale('zh-CN'));
    const { user } = renderApp({ path: '/notifications/new' });
    expect(await screen.findByRole('heading', { level: 1, name: '创建关键操作通知' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByRole('form', { name: '创建通知' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '名称' })).toHaveAccessibleDescription('最多 64 个字母、数字或下划线（_）。');
    expect(screen.getByRole('radio', { name: '全部操作' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: '操作用户' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: '主题或函数' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: '高级过滤' })).toHaveTextContent('规则 0 / 6');
    expect(screen.getByRole('group', { name: '测试此通知（预览）' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '添加用户组' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '添加规则' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '创建通知' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '取消' })).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: '自定义操作' }));
    expect(await screen.findByRole('group', { name: '操作' })).toHaveTextContent('已选择 0 个操作，涉及 0 个云服务');
    expect(screen.getByRole('textbox', { name: '搜索操作' })).toBeInTheDocument();
    // The catalog's service names in Huawei's Chinese; service types stay verbatim.
    expect(await screen.findByText(/弹性云服务器/)).toBeInTheDocument();

    await act(() => activateLocale('en'));
    expect(screen.getByRole('heading', { level: 1, name: 'Create key event notification' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Operations' })).toHaveTextContent('0 operations chosen across 0 services');
  });
});
