import { describe, expect, it } from 'vitest';
import { englishText } from '@/api/message-text';
import { NOTIFICATION_RULE_MESSAGES as M, detectTopicType } from '@/api/rules/notification-rules';
import { EMPTY_FORM, type NotificationFormValues, newFilterRow } from './notification-form-model';
import { FILTER_EMPTY_MESSAGE, notificationFormSchema } from './notification-schema';

const valid: NotificationFormValues = {
  ...EMPTY_FORM,
  name: 'watch_ecs',
  operations: [{ service_type: 'ECS', resource_type: 'ecs', trace_name: 'createServer' }],
};

function messages(values: NotificationFormValues): Record<string, string> {
  const result = notificationFormSchema.safeParse(values);
  if (result.success) {
    return {};
  }
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

const groups = (count: number, usersEach: number) =>
  Array.from({ length: count }, (_, group) => ({ group: `g${group}`, users: Array.from({ length: usersEach }, (_, user) => `u${group}_${user}`) }));

describe('notificationFormSchema', () => {
  it('accepts a valid notification', () => {
    expect(messages(valid)).toEqual({});
  });

  it('allows 10 groups and refuses an 11th (L770, choice 29)', () => {
    expect(messages({ ...valid, userGroups: groups(10, 5) })).toEqual({});
    expect(messages({ ...valid, userGroups: groups(11, 1) })).toEqual({ userGroups: englishText(M.userGroupCount) });
  });

  it('allows 50 users in total and refuses a 51st', () => {
    expect(messages({ ...valid, userGroups: groups(2, 25) })).toEqual({});
    const tooMany = groups(2, 25);
    tooMany[1]?.users.push('one_more');
    expect(messages({ ...valid, userGroups: tooMany })).toEqual({ userGroups: englishText(M.userCount) });
  });

  it('allows 6 rules and refuses a 7th (choice 30)', () => {
    const rule = { ...newFilterRow(), value: '200' };
    expect(messages({ ...valid, filterEnabled: true, filterRules: Array.from({ length: 6 }, () => rule) })).toEqual({});
    expect(messages({ ...valid, filterEnabled: true, filterRules: Array.from({ length: 7 }, () => rule) })).toEqual({ filterRules: englishText(M.filterRuleCount) });
  });

  it('checks each value by its field, and an on filter needs a rule', () => {
    expect(messages({ ...valid, filterEnabled: true })).toEqual({ filterRules: FILTER_EMPTY_MESSAGE });
    expect(messages({ ...valid, filterRules: [{ kind: 'rule', field: 'api_version', operator: '=', value: 'v 1' }] })).toHaveProperty(['filterRules.0.value']);
  });

  it('leaves rules it could not read alone', () => {
    expect(messages({ ...valid, filterRules: [{ kind: 'raw', text: 'code=200', reason: 'no spaces' }] })).toEqual({});
  });

  it('validates the topic URN only when one is given', () => {
    expect(messages({ ...valid, topicId: '' })).toEqual({});
    expect(messages({ ...valid, topicId: 'arn:aws:sns:x' })).toEqual({ topicId: englishText(M.topicUrn) });
  });
});

describe('topic URN detection (L771, L1099, choice 32)', () => {
  it.each([
    ['urn:smn:ap-southeast-1:24edf66e79d04187acb99a463e610764:test', 'smn'],
    ['urn:smn:regionId:f96188c7ccaf4ffba0c9aa149ab2bd57:test_topic_v2', 'smn'],
    ['urn:fss:ap-southeast-1:7aad83af3e8d42e99ac194e8419e2c9b:function:default:test', 'fun'],
    ['urn:fss:ap-southeast-1:p0123456789abcdef:function:default:forward:latest', 'fun'],
    ['urn:smn:ap-southeast-1:project', null],
    ['urn:fss:ap-southeast-1:project:default:test', null],
    ['', null],
  ])('%s → %s', (urn, type) => {
    expect(detectTopicType(urn)).toBe(type);
  });
});
