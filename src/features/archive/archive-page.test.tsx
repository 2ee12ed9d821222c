import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeLoaded } from '@/features/archive/describe-loaded';
import type { ExplorerState } from '@/features/archive/use-archive-explorer';
import { activateLocale, i18n } from '@/i18n/i18n';
import type { Translate } from '@/i18n/message-id';
import { renderApp } from '@/testing/render-app';

const t: Translate = (id, values) => i18n._(id, values);
const DAY = Date.UTC(2026, 10, 6, 12);
type Source = NonNullable<ExplorerState['scope']>['source'];
const loaded = (source: Source, complete: boolean, files = 720): ExplorerState => ({
  phase: complete ? 'ready' : 'cancelled',
  progress: null,
  error: null,
  scope: { source, files, bytes: 0, traces: 43_120, complete },
});

describe('the archive explorer', () => {
  it('reads in English as before', async () => {
    renderApp({ path: '/archive' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Archive' })).toBeInTheDocument();
    const query = screen.getByRole('region', { name: 'Query transferred traces' });
    expect(within(query).getByRole('button', { name: 'Query' })).toBeInTheDocument();
    expect(within(query).getByRole('checkbox', { name: 'Deletions only' })).toBeInTheDocument();
    expect(within(query).getByRole('status')).toHaveTextContent('Choose a tracker and a range, or open trace files.');
    const sql = screen.getByRole('region', { name: 'SQL' });
    expect(within(sql).getByRole('textbox', { name: 'SQL over the traces view' })).toHaveAccessibleDescription('One read-only statement (SELECT, WITH, DESCRIBE, SUMMARIZE).');
    expect(within(sql).getByRole('button', { name: 'Run SQL' })).toBeDisabled();
  });

  it('reads in Chinese', async () => {
    await act(() => activateLocale('zh-CN'));
    renderApp({ path: '/archive' });
    expect(await screen.findByRole('heading', { level: 1, name: '归档' })).toBeInTheDocument();
    const query = screen.getByRole('region', { name: '查询已转储的事件' });
    expect(within(query).getByRole('heading', { level: 2, name: '查询已转储的事件' })).toBeInTheDocument();
    expect(within(query).getByRole('combobox', { name: '追踪器' })).toBeInTheDocument();
    expect(within(query).getByLabelText('开始日期')).toBeInTheDocument();
    expect(within(query).getByLabelText('结束日期')).toBeInTheDocument();
    expect(within(query).getByRole('textbox', { name: '云服务' })).toHaveAccessibleDescription('例如 ECS');
    expect(within(query).getByRole('textbox', { name: '用户' })).toBeInTheDocument();
    expect(within(query).getByRole('textbox', { name: '事件名称' })).toBeInTheDocument();
    expect(within(query).getByRole('checkbox', { name: '仅删除操作' })).toBeInTheDocument();
    expect(within(query).getByRole('button', { name: '查询' })).toBeInTheDocument();
    expect(within(query).getByText('打开事件文件…')).toBeInTheDocument();
    expect(within(query).getByLabelText('要查询的事件文件')).toBeInTheDocument();
    expect(within(query).getByRole('status')).toHaveTextContent('请选择追踪器和时间范围，或打开事件文件。');
    const sql = screen.getByRole('region', { name: 'SQL' });
    expect(within(sql).getByRole('textbox', { name: '基于 traces 视图的 SQL' })).toHaveAccessibleDescription('一条只读语句（SELECT、WITH、DESCRIBE、SUMMARIZE）。');
    expect(within(sql).getByRole('button', { name: '运行 SQL' })).toBeDisabled();
  });

  it('says what was read in the active language', async () => {
    const bucket: Source = { kind: 'bucket', tracker: 'system', bucket: 'b', from: DAY - 30 * 86_400_000, to: DAY + 1 };
    const files: Source = { kind: 'files', names: ['a.json.gz'] };
    const reading: ExplorerState = { phase: 'loading', progress: { files: 3, totalFiles: 1_200, bytes: 1_572_864, totalBytes: 10_485_760, traces: 4_321 }, scope: null, error: null };
    const listed: ExplorerState = { phase: 'listed', progress: { files: 0, totalFiles: 1_200, bytes: 0, totalBytes: 10_485_760, traces: 0 }, scope: null, error: null };
    const refused: ExplorerState = { phase: 'error', progress: null, scope: null, error: { id: 'archive.obs.unavailable' } };
    const failed: ExplorerState = { phase: 'error', progress: null, scope: null, error: 'Catalog Error: Table with name x does not exist!' };

    expect(describeLoaded(loaded(bucket, true), t, 'en')).toBe('720 files, 43,120 traces, Oct 7 – Nov 6, complete');
    expect(describeLoaded(loaded(files, false), t, 'en')).toBe('720 files, 43,120 traces, files you opened, cancelled: the rest was not read');
    expect(describeLoaded(loaded(files, true, 1), t, 'en')).toBe('1 file, 43,120 traces, files you opened, complete');
    expect(describeLoaded(reading, t, 'en')).toBe('Reading 3 of 1,200 files (1.5 MB of 10.0 MB), 4,321 traces…');
    expect(describeLoaded(listed, t, 'en')).toBe('1,200 files listed (10.0 MB), not read yet.');
    expect(describeLoaded(refused, t, 'en')).toMatch(/^The archive could not be read: In Live mode, transferred trace files are read through the console’s server/);
    expect(describeLoaded(failed, t, 'en')).toBe('The archive could not be read: Catalog Error: Table with name x does not exist!');

    await act(() => activateLocale('zh-CN'));
    expect(describeLoaded(loaded(bucket, true), t, 'zh-CN')).toBe('720 个文件，43,120 条事件，10月7日 – 11月6日，已全部读取');
    expect(describeLoaded(loaded(files, false), t, 'zh-CN')).toBe('720 个文件，43,120 条事件，来自您打开的文件，已取消：其余部分未读取');
    expect(describeLoaded(reading, t, 'zh-CN')).toBe('正在读取第 3 个文件，共 1,200 个（1.5 MB / 10.0 MB），已读 4,321 条事件…');
    expect(describeLoaded(listed, t, 'zh-CN')).toBe('已列出 1,200 个文件（10.0 MB），尚未读取。');
    expect(describeLoaded(refused, t, 'zh-CN')).toMatch(/^无法读取归档：在真实模式下，已转储的事件文件通过控制台服务器读取/);
    expect(describeLoaded(failed, t, 'zh-CN')).toBe('无法读取归档：Catalog Error: Table with name x does not exist!');
  });
});
