import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { connectionFormSchema } from '@/app/settings/connection-schema';
import { faultsFormSchema } from '@/app/settings/mock-faults-schema';
import { activateLocale } from '@/i18n/i18n';
import { renderApp } from '@/testing/render-app';
import { forgetConnection, storeConnection } from '@/testing/stored-connection';

describe('the settings in Chinese', () => {
  afterEach(() => {
    forgetConnection();
  });

  it('shows the Mock mode screen, the demo data and the faults in Chinese', async () => {
    await act(() => activateLocale('zh-CN'));
    const { user } = renderApp({ path: '/settings' });

    expect(await screen.findByRole('heading', { level: 1, name: '连接设置' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: '使用IAM用户登录' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '登录真实账号' })).toBeInTheDocument();
    const connection = screen.getByRole('form', { name: '连接' });
    expect(within(connection).getByRole('radio', { name: '模拟模式（内置演示数据）' })).toBeChecked();
    expect(within(connection).getByRole('radio', { name: '真实环境模式（CTS终端节点）' })).toBeInTheDocument();
    expect(within(connection).getByRole('button', { name: '保存' })).toBeInTheDocument();

    const demo = await screen.findByRole('region', { name: '演示数据' });
    expect(await within(demo).findByText(/条管理事件/)).toBeInTheDocument();
    expect(within(demo).getByRole('heading', { level: 3, name: '故障' })).toBeInTheDocument();
    expect(within(demo).getByText('当前：延迟 0 毫秒，错误率 0%，未设置失败的请求。')).toBeInTheDocument();
    expect(within(demo).getByRole('spinbutton', { name: '延迟（毫秒）' })).toBeInTheDocument();
    expect(within(demo).getByRole('button', { name: '重置演示数据' })).toBeInTheDocument();

    await user.click(within(demo).getByRole('switch', { name: '使下一个请求失败' }));
    expect(within(demo).getByRole('button', { name: '403 CTS.0013 · 无权限' })).toBeInTheDocument();
    await user.clear(within(demo).getByRole('textbox', { name: /错误码/ }));
    await user.click(within(demo).getByRole('button', { name: '应用故障设置' }));
    expect(within(demo).getByRole('textbox', { name: /错误码/ })).toHaveAccessibleDescription('请输入要返回的错误码，例如 CTS.0004。');
  });

  it('shows the Live connection and the IAM sign-in in Chinese, region names included', async () => {
    storeConnection({ mode: 'live', endpoint: 'https://cts.ap-southeast-3.myhuaweicloud.com', region: 'ap-southeast-3', projectId: 'p', domainId: 'd', useProxy: false });
    await act(() => activateLocale('zh-CN'));
    renderApp({ path: '/settings' });

    const signIn = within(await screen.findByRole('form', { name: '使用IAM用户登录' }));
    expect(signIn.getByRole('combobox', { name: /区域/ })).toHaveTextContent('亚太-新加坡（ap-southeast-3）');
    expect(signIn.getByRole('radio', { name: '该区域的华为云终端节点' })).toBeChecked();
    expect(signIn.getByRole('textbox', { name: /账号名/ })).toBeInTheDocument();
    expect(signIn.getByRole('textbox', { name: /IAM用户名/ })).toBeInTheDocument();
    expect(signIn.getByLabelText(/密码/)).toBeInTheDocument();
    expect(signIn.getByRole('switch', { name: '该用户已开启虚拟MFA登录保护' })).toBeInTheDocument();
    expect(signIn.getByRole('button', { name: '登录' })).toBeInTheDocument();

    const connection = within(screen.getByRole('form', { name: '连接' }));
    expect(connection.getByRole('textbox', { name: /终端节点URL/ })).toHaveValue('https://cts.ap-southeast-3.myhuaweicloud.com');
    expect(connection.getByRole('textbox', { name: /项目ID/ })).toHaveValue('p');
    expect(connection.getByRole('textbox', { name: /账号ID/ })).toHaveValue('d');
    expect(connection.getByLabelText('IAM令牌')).toBeInTheDocument();
    expect(connection.getByRole('button', { name: '显示令牌' })).toBeInTheDocument();
    expect(connection.getByRole('switch', { name: '通过控制台代理发送请求' })).toBeInTheDocument();
  });

  it('checks the forms with messages in the language active at the time', async () => {
    const live = { mode: 'live', endpoint: '', region: 'x', projectId: 'p', domainId: 'd', token: '', useProxy: false, credentials: 'token' } as const;
    const faults = { latencyMs: 20_000, errorRatePercent: 0, failNext: false, failStatus: 500, failCode: '' };
    const messages = () => [
      ...(connectionFormSchema.safeParse(live).error?.issues ?? []),
      ...(faultsFormSchema.safeParse(faults).error?.issues ?? []),
    ].map((issue) => issue.message);

    expect(messages()).toEqual(['Enter the endpoint URL.', 'Enter a region ID such as ap-southeast-1.', 'The delay can be at most 10000 ms.']);
    await act(() => activateLocale('zh-CN'));
    expect(messages()).toEqual(['请输入终端节点URL。', '请输入区域ID，例如 ap-southeast-1。', '延迟最多为 10000 毫秒。']);
  });
});
