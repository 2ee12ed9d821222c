import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { EngineSqlPanel } from '@/features/archive/components/engine-sql-panel';
import { activateLocale } from '@/i18n/i18n';
import { renderApp } from '@/testing/render-app';

const ui = {
  disclosure: (name = 'Copy as Trino / Spark SQL') => screen.findByRole('button', { name }),
  engines: (name = 'Engine') => screen.getByRole('tablist', { name }),
  setup: (name = 'Table definition') => screen.getByRole('textbox', { name }),
  query: (name = 'Query') => screen.getByRole('textbox', { name }),
};
const RANGE = { from: Date.UTC(2026, 10, 29), to: Date.UTC(2026, 11, 2) };
const LOCATION = { bucket: 'cts-audit-logs-prod', region: 'ap-southeast-1', tracker: 'system' };

describe('the archive’s Trino / Spark SQL', () => {
  it('gives any range’s query as Trino or Spark SQL, from the keyboard, with the page’s filters', async () => {
    const { user } = renderApp({ path: '/archive?tracker=system' });
    const disclosure = await ui.disclosure();
    expect(disclosure).toHaveAttribute('aria-expanded', 'false');
    await user.type(screen.getByRole('textbox', { name: 'User' }), "o'brien");
    disclosure.focus();
    await user.keyboard('{Enter}');
    expect(disclosure).toHaveAttribute('aria-expanded', 'true');

    const trino = within(ui.engines()).getByRole('tab', { name: 'Trino' });
    expect(trino).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Trino' })).toBeInTheDocument();
    expect(ui.setup()).toHaveAttribute('readonly');
    expect((ui.setup() as HTMLTextAreaElement).value).toContain('CALL system.register_partition(');
    expect((ui.query() as HTMLTextAreaElement).value).toMatch(/^SELECT trace_id, time, /);
    expect((ui.query() as HTMLTextAreaElement).value).toContain("AND user_name = 'o''brien'");

    trino.focus();
    await user.keyboard('{ArrowRight}{Enter}');
    expect(within(ui.engines()).getByRole('tab', { name: 'Spark' })).toHaveAttribute('aria-selected', 'true');
    expect((ui.setup() as HTMLTextAreaElement).value).toContain("USING json\nOPTIONS (multiLine = 'true')");

    await user.click(screen.getByRole('button', { name: 'Copy query' }));
    expect(await navigator.clipboard.readText()).toBe((ui.query() as HTMLTextAreaElement).value);
    await user.click(screen.getByRole('button', { name: 'Copy table definition' }));
    expect(await navigator.clipboard.readText()).toBe((ui.setup() as HTMLTextAreaElement).value);
  });

  it('says when the listed files are more than a browser should read, and reads them only when asked', async () => {
    const onReadAnyway = vi.fn();
    const panel = <EngineSqlPanel location={LOCATION} filters={RANGE} limit={500} expanded onExpandedChange={vi.fn()} beyond={{ files: 6_000, bytes: 300 * 1_048_576, onReadAnyway }} />;
    const { user } = renderApp({ routes: [{ path: '/', element: panel }] });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('6,000 files, 300.0 MB: more than this browser should read (over 5,000 files or 256.0 MB). Run the query below on Trino or Spark, or read the range here anyway.');
    expect(ui.query()).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Read in this browser anyway' }));
    expect(onReadAnyway).toHaveBeenCalledOnce();
  });

  it('reads in Chinese', async () => {
    await act(() => activateLocale('zh-CN'));
    const panel = <EngineSqlPanel location={LOCATION} filters={RANGE} limit={500} expanded onExpandedChange={vi.fn()} beyond={{ files: 6_000, bytes: 300 * 1_048_576, onReadAnyway: vi.fn() }} />;
    renderApp({ routes: [{ path: '/', element: panel }] });
    expect(await ui.disclosure('复制为 Trino / Spark SQL')).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('6,000 个文件，300.0 MB：超出本浏览器适合读取的量（超过 5,000 个文件或 256.0 MB）。');
    expect(screen.getByRole('button', { name: '仍在此浏览器中读取' })).toBeInTheDocument();
    expect(within(ui.engines('引擎')).getByRole('tab', { name: 'Spark' })).toBeInTheDocument();
    expect(ui.setup('表定义')).toBeInTheDocument();
    expect(ui.query('查询语句')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '复制查询语句' })).toBeInTheDocument();
  });
});
