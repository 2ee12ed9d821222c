import { describe, expect, it } from 'vitest';
import { ApiError, LocalizedError, NO_TOKEN_CODE, describeError, toNetworkError } from '@/api/errors';
import { activateLocale } from '@/i18n/i18n';

function apiError(status: number, code = 'CTS.0000', message = 'CTS said so.'): ApiError {
  return new ApiError({ status, code, message, requestId: null, operation: null });
}

describe('describeError in the active language', () => {
  it('keeps the English titles and messages byte for byte', () => {
    expect(describeError(apiError(503)).title).toBe('CTS is unavailable');
    expect(describeError(apiError(418)).title).toBe('CTS answered 418');
    const network = toNetworkError(new TypeError('Failed to fetch'), null);
    expect(network.message).toBe(
      'The CTS endpoint could not be reached (Failed to fetch). Check the endpoint URL, your network, and whether the endpoint allows this origin (CORS).',
    );
    expect(describeError(network).message).toBe(network.message);
  });

  it('describes in Chinese after a switch, CTS messages as CTS sent them', async () => {
    const network = toNetworkError(new TypeError('Failed to fetch'), null);
    await activateLocale('zh-CN');
    expect(describeError(apiError(403))).toMatchObject({ title: '权限不足', message: 'CTS said so.' });
    expect(describeError(apiError(418)).title).toBe('云审计服务返回 418');
    expect(describeError(apiError(401, NO_TOKEN_CODE)).title).toBe('未登录');
    // Created in English, described in the language active when shown.
    expect(describeError(network)).toMatchObject({
      title: '无法连接云审计服务',
      message: '无法连接云审计服务终端节点（Failed to fetch）。请检查终端节点URL、网络，以及该终端节点是否允许此来源访问（CORS）。',
    });
    const error = new LocalizedError({ id: 'errors.mockNoState' });
    expect(error.message).toBe('The mock answered no state.');
    expect(describeError(error)).toEqual({ title: '出错了', message: '模拟服务未返回状态。', unauthorized: false });
  });
});
