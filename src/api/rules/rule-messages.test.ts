import { describe, expect, it } from 'vitest';
import { FILTER_TRACE_TYPES, TRACE_RATINGS } from '@/api/contract/enums';
import { activeText, englishText } from '@/api/message-text';
import { activateLocale, translate } from '@/i18n/i18n';
import enForms from '@/i18n/catalogs/en/rule-forms.json';
import en from '@/i18n/catalogs/en/rules.json';
import zhForms from '@/i18n/catalogs/zh-CN/rule-forms.json';
import zh from '@/i18n/catalogs/zh-CN/rules.json';
import { filterRuleIssue, parseFilterRule, validateFilterValue } from './filter-rule';
import { NOTIFICATION_RULE_MESSAGES, checkTopicId, checkUserGroup, notificationNameSchema, notifyUserListIssue } from './notification-rules';
import { TAG_RULE_MESSAGES, tagDuplicateKeyMessage, tagKeyIssue, tagListSchema } from './tag-rules';
import { TRACE_QUERY_RULE_MESSAGES, checkTraceQuery } from './trace-query-check';
import { TRACKER_RULE_MESSAGES, bucketNameSchema, checkKmsId, kmsIdIssue, trackerTypeSchema } from './tracker-rules';

const ALL_MESSAGES = [TRACKER_RULE_MESSAGES, TAG_RULE_MESSAGES, NOTIFICATION_RULE_MESSAGES, TRACE_QUERY_RULE_MESSAGES].flatMap((group) => Object.values(group));

/** src/testing/setup-tests.ts switches back to English after each test. */
function zhCN(): Promise<void> {
  return activateLocale('zh-CN');
}

describe('rule messages', () => {
  it('has every rule message in English and Chinese, the Chinese in Chinese', () => {
    // The rules the first screen needs, and those of the forms and the mock (src/i18n/areas.ts).
    const english: Record<string, string> = { ...en, ...enForms };
    const chinese: Record<string, string> = { ...zh, ...zhForms };
    expect(Object.keys(chinese).sort()).toEqual(Object.keys(english).sort());
    for (const key of Object.keys(english)) {
      expect(english[key], key).toBeTruthy();
      // Chinese words, or for the mock's "field: message" frames Chinese punctuation.
      expect(chinese[key], key).toMatch(/[\u4e00-\u9fff：]/);
    }
    for (const message of ALL_MESSAGES) {
      expect(Object.keys(english)).toContain(message.id);
    }
  });

  it('names every value of the enumerated filter fields, in their order', () => {
    expect(validateFilterValue('trace_rating', 'fatal')).toBe(`Use ${TRACE_RATINGS.slice(0, -1).join(', ')} or ${TRACE_RATINGS.at(-1)}.`);
    expect(validateFilterValue('trace_type', 'Other')).toBe(`Use ${FILTER_TRACE_TYPES.slice(0, -1).join(', ')} or ${FILTER_TRACE_TYPES.at(-1)}.`);
  });

  it('renders English whatever the active language for the constants and the wire', async () => {
    await zhCN();
    expect(englishText(TRACKER_RULE_MESSAGES.bucketName)).toBe(
      'Use 3–63 lowercase letters, digits, hyphens (-) or periods (.), starting with a letter or digit.',
    );
  });
});

describe('rule messages in Chinese (the active language when checked)', () => {
  it('tracker rules: schemas and checks', async () => {
    await zhCN();
    expect(bucketNameSchema.safeParse('ab').error?.issues[0]?.message).toBe(
      '长度为 3–63 个字符，只能包含小写字母、数字、中划线（-）和句点（.），且以字母或数字开头。',
    );
    expect(trackerTypeSchema.safeParse('other').error?.issues[0]?.message).toBe('追踪器类型只能为 system 或 data。');
    expect(checkKmsId(true, '')).toBe('请选择用于加密事件文件的KMS密钥。');
    expect(checkKmsId(true, 'not-a-key')).toBe(
      '请输入KMS密钥ID，例如 13a4207c-7abe-4b68-8510-16b84c3b5504（按 8-4-4-4-12 分组的十六进制数字）。',
    );
    // The rule itself is the message key, whatever the language.
    expect(kmsIdIssue(true, '')).toEqual({ id: 'rules.tracker.kmsIdMissing' });
  });

  it('tag rules, with the duplicate key as a value', async () => {
    await zhCN();
    expect(activeText(tagKeyIssue('_sys_owner'))).toBe('标签键不能以 _sys_ 开头。');
    expect(tagDuplicateKeyMessage('env')).toBe('标签键“env”重复。');
    const result = tagListSchema.safeParse([{ key: 'env' }, { key: 'env' }]);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['标签键“env”重复。']);
  });

  it('notification rules', async () => {
    await zhCN();
    expect(notificationNameSchema.safeParse('has space').error?.issues[0]?.message).toBe('长度为 1–64 个字符，只能包含字母、数字和下划线（_）。');
    expect(checkUserGroup({ user_group: '', user_list: [] })).toBe('请选择用户组。');
    expect(checkTopicId('arn:x')).toMatch(/^请输入SMN主题URN（urn:smn:/);
    const issue = notifyUserListIssue(Array.from({ length: 11 }, () => ({ user_group: 'g', user_list: [] })));
    expect(issue && translate(issue)).toBe('最多选择 10 个用户组。');
  });

  it('filter rules: parse reasons carry their values', async () => {
    await zhCN();
    expect(parseFilterRule('code 200')).toMatchObject({ ok: false, reason: '请在“code”后输入 = 或 !=，以一个空格分隔，例如“code = value”。' });
    expect(activeText(filterRuleIssue('code !=200'))).toBe('!= 与值之间须有一个空格。');
    expect(activeText(filterRuleIssue('code = '))).toBe('请在 = 后输入值。');
    expect(validateFilterValue('code', ' 200')).toBe('请删除值首尾的空格。');
    expect(validateFilterValue('trace_rating', 'fatal')).toBe('只能为 normal、warning 或 incident。');
  });

  it('trace query rules', async () => {
    await zhCN();
    expect(checkTraceQuery({ from: '123' }, Date.now())).toMatchObject({ ok: false, message: 'from 必须为 13 位的 UTC 毫秒时间戳。' });
    expect(checkTraceQuery({ trace_type: 'x' }, Date.now())).toMatchObject({ ok: false, message: 'trace_type 只能为 system 或 data。' });
  });
});
