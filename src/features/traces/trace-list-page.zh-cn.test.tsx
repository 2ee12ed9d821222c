import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Trace } from '@/api/contract/types';
import { TraceDrawer } from '@/features/traces/drawer/trace-drawer';
import { activateLocale } from '@/i18n/i18n';
import { renderApp } from '@/testing/render-app';

// jsdom lays nothing out: give the table's scroll area a size so the virtualiser draws rows.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1400);
});
afterEach(() => {
  vi.restoreAllMocks();
});

const TRACE: Trace = {
  trace_id: 'a1b2c3d4-0000-4000-8000-000000000001',
  trace_name: 'rebootServer',
  trace_rating: 'warning',
  trace_type: 'ConsoleAction',
  service_type: 'ECS',
  resource_type: 'ecs',
  resource_id: 'server-1',
  resource_name: 'web-01',
  time: Date.UTC(2025, 0, 2, 3, 4, 5, 678),
  record_time: Date.UTC(2025, 0, 2, 3, 4, 6, 0),
  code: '200',
  read_only: false,
  request: '{"server":{"name":"web-01"}}',
  user: { name: 'alice', domain: { name: 'acme', id: 'domain-1' } },
  source_ip: '203.0.113.9',
};

describe('the trace list in Simplified Chinese', () => {
  it('names the screen, the toolbar, the columns, the chips and the notices in Chinese; trace fields stay verbatim', { timeout: 120_000 }, async () => {
    await act(() => activateLocale('zh-CN'));
    const { user } = renderApp({ path: '/traces?service_type=CTS&range=1w&trace_rating=awful' });

    expect(await screen.findByRole('heading', { level: 1, name: '事件列表' }, { timeout: 15_000 })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: '事件列表' }, { timeout: 15_000 });
    expect(within(table).getByRole('columnheader', { name: /^时间（/ })).toBeInTheDocument();
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual(expect.arrayContaining(['事件名称', '事件级别', '事件来源', '云服务', '资源类型', '资源名称', '操作用户', '源IP', '返回码']));
    expect(within(table).getByRole('separator', { name: '调整“事件名称”列的宽度' })).toBeInTheDocument();
    // The service stays as CTS names it.
    expect(within(table).getAllByRole('cell', { name: 'CTS' }).length).toBeGreaterThan(0);

    expect(screen.getByRole('button', { name: '时间范围：近1周' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '过滤条件（1）' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '刷新' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '已保存的视图' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '列设置' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: '时区' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '每页事件数' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: /^快速筛选（仅搜索已加载的 \d+ 条事件）$/ })).toBeInTheDocument();
    expect(await screen.findByText(/^已加载 \d+ 条事件/)).toBeInTheDocument();

    const applied = screen.getByRole('region', { name: '已应用的过滤条件' });
    expect(within(applied).getByText('管理事件')).toBeInTheDocument();
    expect(within(applied).getByRole('button', { name: '云服务：CTS，移除' })).toBeInTheDocument();
    expect(screen.getByText('已忽略 trace_rating=“awful”：事件级别为 normal、warning 或 incident。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '关闭' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '过滤条件（1）' }));
    // The panel is its own chunk; role queries over the whole screen are slow in jsdom.
    const close = await screen.findByLabelText('关闭过滤条件', undefined, { timeout: 30_000 });
    const panel = close.closest('section') as HTMLElement;
    expect(within(panel).getByRole('heading', { level: 2, name: '过滤条件' })).toBeInTheDocument();
    expect(within(panel).getByRole('radio', { name: '管理事件' })).toBeChecked();
    expect(within(panel).getByRole('radio', { name: '数据事件' })).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: '操作' })).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: '自定义时间范围' })).toBeInTheDocument();
    expect(within(panel).getByRole('textbox', { name: '资源ID' })).toBeInTheDocument();
    expect(within(panel).getByRole('textbox', { name: '事件ID' })).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: '选择开始和结束时间…' }));
    expect(await within(panel).findByRole('button', { name: '应用时间范围' }, { timeout: 30_000 })).toBeInTheDocument();
    expect(within(panel).getByText('CTS 保留近 7 天的事件：时间范围的开始不能早于此。')).toBeInTheDocument();
    // The pickers' own texts in Chinese (x-date-pickers' zhCN), the value in the console's format.
    expect(within(panel).getAllByRole('button', { name: /^选择日期/ })).toHaveLength(2);
  });

  it('titles the drawer’s sections, fields and buttons in Chinese', { timeout: 30_000 }, async () => {
    await act(() => activateLocale('zh-CN'));
    renderApp({ routes: [{ path: '/', element: <TraceDrawer traceId={TRACE.trace_id} trace={TRACE} timeZone="UTC" onClose={vi.fn()} onShowRelated={vi.fn()} /> }] });

    expect(await screen.findByRole('heading', { level: 2, name: 'rebootServer' })).toBeInTheDocument();
    for (const name of ['事件', '资源', '身份', '网络', '请求', '响应']) {
      expect(screen.getByRole('region', { name })).toBeInTheDocument();
    }
    const event = screen.getByRole('region', { name: '事件' });
    expect(within(event).getByText('只读', { selector: 'dt' }).nextElementSibling).toHaveTextContent('否');
    expect(within(event).getByText('事件级别', { selector: 'dt' }).nextElementSibling).toHaveTextContent('warning');
    expect(screen.getByRole('button', { name: '关闭事件详情' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '此资源的全部事件' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '此用户的全部事件' })).toBeInTheDocument();
  });
});
