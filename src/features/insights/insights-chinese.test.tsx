import { I18nProvider } from '@lingui/react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { HistogramTable } from '@/features/insights/charts/histogram-table';
import { VolumeHistogram } from '@/features/insights/charts/volume-histogram';
import { archiveFindings } from '@/features/insights/archive/archive-findings';
import { FindingsList } from '@/features/insights/components/findings-list';
import { auditTamperingFindings } from '@/features/insights/findings/audit-tampering';
import { deletionBurstFindings } from '@/features/insights/findings/activity-rules';
import { cleanWeek, findingsAsShown, fixtureDay, fixtureTrace } from '@/features/insights/findings/finding-fixtures';
import type { HistogramBin } from '@/features/insights/scan/scan-analysis';
import { describeScope } from '@/features/insights/scan/scan-scope';
import { TRACKER_DISABLED } from '@/mocks/db/planted-stories';
import { activateLocale, i18n, translate } from '@/i18n/i18n';
import { renderApp } from '@/testing/render-app';

const wrapper = ({ children }: { children: ReactNode }) => (
  <I18nProvider i18n={i18n}>
    <MemoryRouter>{children}</MemoryRouter>
  </I18nProvider>
);

describe('insights in Chinese', () => {
  it('shows the insights page’s headings, fields and buttons in Chinese', async () => {
    renderApp({ path: '/insights' });
    await act(() => activateLocale('zh-CN'));
    expect(await screen.findByRole('heading', { level: 1, name: '洞察' })).toBeVisible();
    expect(screen.getByRole('combobox', { name: '时间范围' })).toHaveTextContent('近7天');
    expect(screen.getByRole('spinbutton', { name: '最多读取（条事件）' })).toBeVisible();
    expect(screen.getByText('从最新开始')).toBeVisible();
    expect(screen.getByRole('button', { name: '应用' })).toBeDisabled();
    expect(screen.getByRole('link', { name: '资源时间线' })).toBeVisible();
    for (const region of ['安全发现项', '事件量趋势', '高频值', '已转储的事件文件']) {
      expect(screen.getByRole('region', { name: region })).toBeVisible();
    }
    expect(await screen.findByRole('button', { name: '校验完整性' })).toBeVisible();
    expect(screen.getByRole('combobox', { name: '文件转储时间' })).toHaveTextContent('近1个月');
  }, 30_000);

  it('shows the resource timeline page in Chinese', async () => {
    renderApp({ path: '/insights/timeline' });
    await act(() => activateLocale('zh-CN'));
    expect(await screen.findByRole('heading', { level: 1, name: '资源时间线' })).toBeVisible();
    expect(screen.getByRole('textbox', { name: '资源ID' })).toBeVisible();
    expect(screen.getByRole('button', { name: '查看时间线' })).toBeVisible();
    expect(screen.getByText('未选择资源')).toBeVisible();
  });

  it('states a resource’s timeline, step by step, in Chinese', async () => {
    renderApp({ path: `/insights/timeline?resource_id=${TRACKER_DISABLED.trackerId}` });
    await act(() => activateLocale('zh-CN'));
    expect(await screen.findByRole('heading', { level: 1, name: `资源时间线：${TRACKER_DISABLED.trackerName}` }, { timeout: 10_000 })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent(/^\d+ 条事件（\d+ 条变更了配置），.+ – .+，已全部读取。/);
    const timeline = screen.getByRole('list', { name: '时间线' });
    const step = within(timeline).getAllByRole('listitem', { name: `${TRACKER_DISABLED.disabledBy} 执行了 updateTracker` })[0];
    expect(step).toBeDefined();
    expect(within(step as HTMLElement).getByRole('heading', { name: new RegExp(`^${TRACKER_DISABLED.disabledBy} (从 [\\d.]+ )?执行了 updateTracker$`) })).toBeVisible();
    expect(within(step as HTMLElement).getByRole('link', { name: 'updateTracker' })).toBeVisible();
    expect(within(step as HTMLElement).getByText('更新')).toBeVisible();
  }, 30_000);

  it('states findings, with their durations, in Chinese, and back in English after a switch', async () => {
    const cts = (trace_name: string, request: object, time: number, user: string) =>
      fixtureTrace({ time, user, service_type: 'CTS', resource_type: 'tracker', resource_id: 'tracker-1', resource_name: 'system', trace_name, request: JSON.stringify(request) });
    const burst = [0, 2, 4, 6, 8, 9].map((minute) => fixtureTrace({ time: fixtureDay(1, 14, minute), user: 'bob', source_ip: '203.0.113.11', trace_name: 'deleteServer' }));
    const findings = [
      ...auditTamperingFindings([...cleanWeek(), cts('updateTracker', { status: 'disabled' }, fixtureDay(3, 18, 5), 'bob'), cts('updateTracker', { status: 'enabled' }, fixtureDay(3, 21, 48), 'carol')]),
      ...deletionBurstFindings([...cleanWeek(), ...burst]),
    ];
    render(<FindingsList findings={findings} />, { wrapper });
    await act(() => activateLocale('zh-CN'));
    const tampering = screen.getByRole('region', { name: '审计篡改：1' });
    expect(within(tampering).getByRole('heading', { name: '追踪器 system 已停用' })).toBeVisible();
    expect(tampering).toHaveTextContent('bob 执行了 updateTracker。3小时43分钟后由 carol 重新启用：期间未记录任何事件。');
    expect(within(tampering).getByText('高危')).toBeVisible();
    expect(within(tampering).getByRole('link', { name: '查看“追踪器 system 已停用”的 2 条证据事件' })).toBeVisible();
    expect(within(tampering).getByRole('link', { name: '“追踪器 system 已停用”的资源时间线' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'bob 在 9分钟内执行了 6 次删除' })).toBeVisible();

    await act(() => activateLocale('en'));
    expect(screen.getByRole('heading', { name: 'Tracker system disabled' })).toBeVisible();
    // (jsdom drops the space before the visually hidden part of the name; browsers keep it.)
    expect(screen.getByRole('link', { name: /^Show the 2 evidence traces ?of “Tracker system disabled”$/ })).toBeVisible();
  });

  it('states the archive’s integrity problems in Chinese', async () => {
    await act(() => activateLocale('zh-CN'));
    const T = Date.UTC(2026, 10, 20, 3);
    const [gap] = findingsAsShown(archiveFindings([{ kind: 'gap', service: 'ECS', from: T, to: T + 3_600_000, missingDigest: 'd/g.json.gz', next: 'n', unverified: ['f'] }], 'system', 'audit'));
    expect(gap?.title).toBe('追踪器 system 的摘要链存在断档（ECS）');
    expect(gap?.detail).toBe('n 指向的摘要文件 d/g.json.gz 缺失：1 小时的转储及期间写入的 1 个文件均无法得到校验。');
  });

  it('draws the chart’s dates, counts and legend in Chinese, in 24-hour time', async () => {
    const start = Date.UTC(2026, 11, 1, 13);
    const bins: HistogramBin[] = [0, 1].map((index) => ({ from: start + index * 3_600_000, to: start + (index + 1) * 3_600_000, normal: 1200, warning: index, incident: 0 }));
    const user = userEvent.setup();
    render(<VolumeHistogram bins={bins} onSelect={() => undefined} />, { wrapper });
    await act(() => activateLocale('zh-CN'));
    const chart = screen.getByRole('img', { name: /^事件量趋势，共 2 个柱形/ });
    chart.focus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('status')).toHaveTextContent(/^12月1日 \d\d:00 – \d\d:00：1,200 条事件（正常 1200，警告 0，事故 0）$/);
    expect(screen.getByText('事故')).toBeInTheDocument();

    render(<HistogramTable bins={bins} />, { wrapper });
    const table = screen.getByRole('table', { name: '事件量趋势' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['时间', '事件数', '正常', '警告', '事故']);
  });

  it('states a scan’s scope in Chinese', async () => {
    await act(() => activateLocale('zh-CN'));
    const from = Date.UTC(2026, 10, 29, 18);
    const to = Date.UTC(2026, 11, 6, 18);
    const language = { t: translate, locale: 'zh-CN' } as const;
    expect(describeScope({ read: 10_000, from, to, coveredFrom: from, complete: true, bound: 20_000, fetched: 10_000 }, 'UTC', language)).toBe(
      '10,000 条事件，11月29日 18:00 – 12月6日 18:00，已全部读取',
    );
    expect(describeScope({ read: 20_000, from, to, coveredFrom: Date.UTC(2026, 11, 3, 9, 30), complete: false, bound: 20_000, fetched: 20_000 }, 'UTC', language)).toBe(
      '20,000 条事件，12月3日 09:30 – 12月6日 18:00，已达读取上限 20,000 条：11月29日 18:00 至 12月3日 09:30 的事件未读取',
    );
  });
});
