import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { activateLocale } from '@/i18n/i18n';
import { renderApp } from '@/testing/render-app';

describe('the Trackers screens in Chinese', () => {
  it('lists trackers with Chinese headings, columns, quotas and actions; names and API values stay as CTS sent them', { timeout: 30_000 }, async () => {
    await act(() => activateLocale('zh-CN'));
    renderApp({ path: '/trackers' });
    expect(await screen.findByRole('heading', { level: 1, name: '追踪器' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: '追踪器' });
    for (const column of ['名称', '类型', '状态', '转储OBS桶', '加密', '文件校验', '创建时间']) {
      expect(within(table).getByRole('columnheader', { name: column })).toBeInTheDocument();
    }
    // Tracker names are CTS's own; their type and status read in Chinese.
    const system = within(table).getByRole('link', { name: 'system' }).closest('tr') as HTMLElement;
    expect(within(system).getByText('管理类')).toBeInTheDocument();
    expect(within(table).getByRole('switch', { name: '启用追踪器 finance-reads' })).toBeInTheDocument();
    const inError = within(table).getByRole('link', { name: 'web-assets-writes' }).closest('tr') as HTMLElement;
    expect(within(inError).getByText('异常：桶策略错误')).toBeInTheDocument();
    expect(within(inError).getByText(/（detail：bucketPolicyError）/)).toBeInTheDocument();

    expect(await screen.findByText('管理类追踪器：已用 1/1（已满）')).toBeInTheDocument();
    const createManagement = screen.getByRole('button', { name: '创建管理类追踪器' });
    expect(createManagement).toBeDisabled();
    expect(createManagement).toHaveAccessibleDescription(/管理类追踪器已存在（1\/1）/);
    expect(screen.getByRole('link', { name: '创建数据类追踪器' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '删除所选' })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: 'system 不可选择：管理类追踪器不能删除' })).toBeDisabled();
    expect(screen.getByRole('heading', { name: '审计合规' })).toBeInTheDocument();
  });

  it('shows the create form with Chinese sections, labels and buttons', { timeout: 30_000 }, async () => {
    await act(() => activateLocale('zh-CN'));
    renderApp({ path: '/trackers/new?type=data' });
    const form = await screen.findByRole('form', { name: '创建追踪器' });
    for (const section of ['追踪器', '追踪的桶', '转储到OBS', '校验、分析与委托', '标签']) {
      expect(within(form).getByRole('heading', { level: 2, name: section })).toBeInTheDocument();
    }
    expect(within(form).getByRole('group', { name: '追踪器类型' })).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: '追踪器名称' })).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: '追踪的OBS桶' })).toBeInTheDocument();
    expect(within(form).getByRole('checkbox', { name: '读取（READ）' })).toBeInTheDocument();
    expect(within(form).getByRole('checkbox', { name: '将事件文件转储到OBS桶' })).toBeInTheDocument();
    expect(within(form).getByRole('button', { name: '检查桶' })).toBeDisabled();
    expect(within(form).getByRole('button', { name: '添加标签' })).toBeInTheDocument();
    expect(within(form).getByRole('button', { name: '创建追踪器' })).toBeInTheDocument();
    expect(within(form).getByRole('link', { name: '取消' })).toBeInTheDocument();
  });

  it('shows a tracker’s configuration and tags in Chinese', { timeout: 30_000 }, async () => {
    await act(() => activateLocale('zh-CN'));
    renderApp({ path: '/trackers/finance-reads' });
    const config = await screen.findByRole('table', { name: 'finance-reads 的配置' });
    expect(within(config).getByRole('rowheader', { name: '追踪器ID' })).toBeInTheDocument();
    expect(within(config).getByRole('rowheader', { name: '存储时长' })).toBeInTheDocument();
    expect(within(config).getByText('数据类')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '配置' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '删除' })).toBeInTheDocument();
    const tags = screen.getByRole('region', { name: '标签' });
    expect(within(tags).getByRole('button', { name: '添加标签' })).toBeInTheDocument();
  });
});
