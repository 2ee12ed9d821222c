import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@/api/contract/error-codes';
import { DEMO_PROJECT_ID } from '@/mocks/db/identities';
import { englishText } from '@/api/message-text';
import { activeLocale } from '@/i18n/i18n';
import { MOCK_CODE_MESSAGES } from '@/mocks/handlers/cts-error';
import { mockTextIn } from '@/mocks/mock-language';
import type { ErrorBodyJson } from '@/mocks/testing/notification-fixtures';
import { NOTIFICATIONS_URL, TOKEN_HEADERS, ctsRequest, customizedBody } from '@/mocks/testing/notification-fixtures';

/** Issue 17: the mock answers the messages it owns in the language X-Language (else Accept-Language) asks for. */
async function refusal(url: string, method: string, body: unknown, language: Record<string, string>): Promise<ErrorBodyJson> {
  const response = await ctsRequest(url, method, body, { ...TOKEN_HEADERS, ...language });
  expect(response.status).toBeGreaterThanOrEqual(400);
  return (await response.json()) as ErrorBodyJson;
}

const TRACES_URL = `http://localhost/v3/${DEMO_PROJECT_ID}/traces`;

describe('the language of the mock', () => {
  it('answers a rule message in Chinese with X-Language: zh-cn and in English with en-us', async () => {
    const body = customizedBody({ notification_name: 'has space' });
    expect(await refusal(NOTIFICATIONS_URL, 'POST', body, { 'X-Language': 'zh-cn' })).toEqual({
      error_code: 'CTS.0003',
      error_msg: 'notification_name：长度为 1–64 个字符，只能包含字母、数字和下划线（_）。',
    });
    expect(await refusal(NOTIFICATIONS_URL, 'POST', body, { 'X-Language': 'en-us' })).toEqual({
      error_code: 'CTS.0003',
      error_msg: 'notification_name: Use 1–64 letters, digits or underscores (_).',
    });
    // Answering in Chinese does not switch the page's language.
    expect(activeLocale()).toBe('en');
  });

  it('renders a filter rule message inside the mock\'s own wording', async () => {
    const body = customizedBody({ filter: { condition: 'AND', is_support_filter: true, rule: ['code != 200', 'colour = red'] } });
    expect((await refusal(NOTIFICATIONS_URL, 'POST', body, { 'X-Language': 'zh-cn' })).error_msg).toBe(
      'filter.rule[1] “colour = red”：未知字段“colour”。请选择字段：api_version, code, trace_rating, trace_type, resource_id, resource_name。',
    );
    expect((await refusal(NOTIFICATIONS_URL, 'POST', body, {})).error_msg).toBe(
      'filter.rule[1] "colour = red": Unknown field "colour". Choose a field: api_version, code, trace_rating, trace_type, resource_id, resource_name.',
    );
  });

  it('falls back to Accept-Language, and to English without either', async () => {
    const url = `${TRACES_URL}?limit=0`;
    expect((await refusal(url, 'GET', undefined, { 'Accept-Language': 'zh-CN,zh;q=0.9,en;q=0.8' })).error_msg).toBe(
      'limit 必须为 1 到 200 之间的整数。',
    );
    expect((await refusal(url, 'GET', undefined, { 'X-Language': 'en-us', 'Accept-Language': 'zh-CN' })).error_msg).toBe(
      'limit must be a whole number from 1 to 200.',
    );
    expect((await refusal(url, 'GET', undefined, {})).error_msg).toBe('limit must be a whole number from 1 to 200.');
  });

  it('keeps the reference error table in English: it has no Chinese', async () => {
    const response = await ctsRequest(`http://localhost/v3/${DEMO_PROJECT_ID}/tracker`, 'POST', { tracker_type: 'other' }, {
      ...TOKEN_HEADERS,
      'X-Language': 'zh-cn',
    });
    expect(await response.json()).toEqual({ error_code: 'CTS.0202', error_msg: ERROR_CODES['CTS.0202'].message });
  });
});

describe('the mock\'s own error codes', () => {
  it('have the table\'s English, and Chinese', async () => {
    for (const [code, message] of Object.entries(MOCK_CODE_MESSAGES)) {
      expect(englishText(message), code).toBe(ERROR_CODES[code as keyof typeof ERROR_CODES].message);
      expect(await mockTextIn('zh-CN', message), code).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('answers CTS.MOCK.0404 in Chinese when asked', async () => {
    const response = await ctsRequest(`${NOTIFICATIONS_URL}?notification_id=00000000-0000-4000-8000-000000000000`, 'DELETE', undefined, {
      ...TOKEN_HEADERS,
      'X-Language': 'zh-cn',
    });
    expect(await response.json()).toEqual({ error_code: 'CTS.MOCK.0404', error_msg: '关键操作通知不存在。' });
  });
});
