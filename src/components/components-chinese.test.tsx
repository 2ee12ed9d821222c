import { I18nProvider } from '@lingui/react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorPanel } from '@/components/error-panel';
import { FieldDiffTable } from '@/components/field-diff-table';
import { JsonView } from '@/components/json-view';
import { activateLocale, i18n } from '@/i18n/i18n';

function Chinese({ children }: { children: ReactNode }) {
  return (
    <I18nProvider i18n={i18n}>
      <MemoryRouter>{children}</MemoryRouter>
    </I18nProvider>
  );
}

describe('the shared components in Chinese', () => {
  it('ErrorPanel: title, no response, request ID, IAM action, connection settings and Retry', async () => {
    await act(() => activateLocale('zh-CN'));
    const user = userEvent.setup();
    render(
      <ErrorPanel status={0} code="NETWORK" message="The CTS endpoint could not be reached." requestId="req-1" iamAction="cts:tracker:list" unauthorized onRetry={vi.fn()} />,
      { wrapper: Chinese },
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('出错了');
    expect(alert).toHaveTextContent('无响应 · NETWORK');
    expect(alert).toHaveTextContent('请求ID：req-1');
    expect(alert).toHaveTextContent('请联系管理员授予允许 cts:tracker:list 的 IAM 策略。');
    expect(within(alert).getByRole('link', { name: '连接设置' })).toHaveAttribute('href', '/settings');
    expect(within(alert).getByRole('button', { name: '重试' })).toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: '复制请求ID' }));
    expect(await screen.findByText('已复制请求ID')).toBeInTheDocument();
  });

  it('ConfirmDialog cancels with 取消', async () => {
    await act(() => activateLocale('zh-CN'));
    render(<ConfirmDialog open title="删除追踪器？" body="…" confirmLabel="删除" onConfirm={vi.fn()} onClose={vi.fn()} />, { wrapper: Chinese });
    expect(screen.getByRole('dialog', { name: '删除追踪器？' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '取消' })).toBeInTheDocument();
  });

  it('the field table and the JSON view speak Chinese', async () => {
    await act(() => activateLocale('zh-CN'));
    render(
      <>
        <FieldDiffTable changes={[{ path: 'obs_info.bucket_name', kind: 'changed', before: 'a', after: 'b' }]} />
        <JsonView label="请求" value={'{"a":[1,2],"b":{"c":1}}'} defaultOpenDepth={1} />
      </>,
      { wrapper: Chinese },
    );
    const table = screen.getByRole('table', { name: '变更的字段' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['字段', '变更', '变更前', '变更后']);
    expect(within(table).getByRole('cell', { name: '~ 修改' })).toBeInTheDocument();
    const json = screen.getByRole('group', { name: '请求' });
    expect(within(json).getByRole('button', { name: /"a"/ })).toHaveTextContent('2 项');
    expect(within(json).getByRole('button', { name: /"b"/ })).toHaveTextContent('1 个键');
  });
});
