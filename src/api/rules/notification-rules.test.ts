import { describe, expect, it } from 'vitest';
import { parseFilterRule } from './filter-rule';
import { activeText, englishText } from '@/api/message-text';
import {
  MAX_FILTER_RULES,
  MAX_NOTIFICATIONS,
  MAX_USERS,
  MAX_USER_GROUPS,
  NOTIFICATION_RULE_MESSAGES as M,
  type NotificationUsersInput,
  checkCustomizedOperations,
  checkTopicId,
  checkTopicRequired,
  detectTopicType,
  filterRulesIssue,
  notificationCountIssue,
  notificationNameIssue,
  notificationNameSchema,
  notifyUserListIssue,
  operationIssue,
} from './notification-rules';

function groups(groupCount: number, usersPerGroup: number): NotificationUsersInput[] {
  return Array.from({ length: groupCount }, (_, g) => ({
    user_group: `group${g}`,
    user_list: Array.from({ length: usersPerGroup }, (_, u) => `user${g}_${u}`),
  }));
}

const OPERATION = { service_type: 'ECS', resource_type: 'ecs', trace_names: ['createServer'] };

describe('notification name (choice 30)', () => {
  it.each(['a', '_', 'test', 'key_event_01', 'x'.repeat(64)])('accepts %s', (name) => {
    expect(activeText(notificationNameIssue(name))).toBeNull();
    expect(notificationNameSchema.safeParse(name).success).toBe(true);
  });
  it.each(['', 'x'.repeat(65), 'my-notification', 'with space', 'dot.name', 'nötig'])('rejects %j', (name) => {
    expect(activeText(notificationNameIssue(name))).toBe(englishText(M.name));
    expect(notificationNameSchema.safeParse(name).error?.issues[0]?.message).toBe(englishText(M.name));
  });
});

describe('users to notify (L770, choice 29)', () => {
  it('allows 10 groups and 50 users in total', () => {
    expect(MAX_USER_GROUPS).toBe(10);
    expect(MAX_USERS).toBe(50);
    expect(activeText(notifyUserListIssue(groups(10, 5)))).toBeNull();
    expect(activeText(notifyUserListIssue([]))).toBeNull();
  });
  it('rejects an 11th group', () => {
    expect(activeText(notifyUserListIssue(groups(11, 1)))).toBe(englishText(M.userGroupCount));
  });
  it('counts users across groups, not per group', () => {
    const fiftyOne = [...groups(1, 50), { user_group: 'extra', user_list: ['one'] }];
    expect(activeText(notifyUserListIssue(fiftyOne))).toBe(englishText(M.userCount));
    expect(activeText(notifyUserListIssue(groups(1, 50)))).toBeNull();
    expect(activeText(notifyUserListIssue(groups(1, 51)))).toBe(englishText(M.userCount));
  });
  it('requires a group name and non-empty user names', () => {
    expect(activeText(notifyUserListIssue([{ user_group: '', user_list: ['a'] }]))).toBe(englishText(M.userGroupRequired));
    expect(activeText(notifyUserListIssue([{ user_group: '  ', user_list: ['a'] }]))).toBe(englishText(M.userGroupRequired));
    expect(activeText(notifyUserListIssue([{ user_group: 'admin', user_list: ['a', ''] }]))).toBe(englishText(M.userNameRequired));
    expect(activeText(notifyUserListIssue([{ user_group: 'admin', user_list: [] }]))).toBeNull();
  });
});

describe('topic URN (L771, choice 32)', () => {
  it.each([
    ['urn:smn:regionId:f96188c7ccaf4ffba0c9aa149ab2bd57:test_topic_v2', 'smn'],
    ['urn:smn:ap-southeast-1:p0123456789abcdef:alerts', 'smn'],
    ['urn:smn:eu-de:abc:' + 't'.repeat(255), 'smn'],
    ['urn:fss:xxxxxxxx:7aad83af3e8d42e99ac194e8419e2c9b:function:default:test', 'fun'],
    ['urn:fss:cn-north-4:7aad83af:function:default:test:latest', 'fun'],
    ['urn:fss:regionId:7aad83af:function:default:test', 'fun'],
    ['urn:fss:cn-north-4:7aad83af:function:default:test:v1.2', 'fun'],
  ])('detects %s as %s', (urn, type) => {
    expect(detectTopicType(urn)).toBe(type);
    expect(checkTopicId(urn)).toBeNull();
  });
  it.each([
    '',
    'test_topic',
    'urn:smn:eu-de:abc:' + 't'.repeat(256),
    'urn:smn:eu-de:abc:',
    'urn:smn:eu_de:abc:topic',
    'urn:smn:eu-de:ab-c:topic',
    'urn:smn:eu-de:abc:topic.v2',
    'urn:fss:eu-de:abc:function:default',
    'urn:fss:eu-de:abc:func:default:test',
    'urn:obs:eu-de:abc:topic',
  ])('rejects %j', (urn) => {
    expect(detectTopicType(urn)).toBeNull();
    expect(checkTopicId(urn)).toBe(englishText(M.topicUrn));
  });
  it('requires a topic only to enable (L1054)', () => {
    expect(checkTopicRequired('enabled', undefined)).toBe(englishText(M.topicRequired));
    expect(checkTopicRequired('enabled', '')).toBe(englishText(M.topicRequired));
    expect(checkTopicRequired('enabled', 'urn:smn:r:p:t')).toBeNull();
    expect(checkTopicRequired('disabled', undefined)).toBeNull();
  });
});

describe('operations (L782–784)', () => {
  it('accepts a complete operation', () => {
    expect(activeText(operationIssue(OPERATION))).toBeNull();
  });
  it.each([
    [{ ...OPERATION, service_type: '' }, englishText(M.operationService)],
    [{ ...OPERATION, resource_type: ' ' }, englishText(M.operationResource)],
    [{ ...OPERATION, trace_names: [] }, englishText(M.operationTraces)],
  ])('rejects %j', (operation, message) => {
    expect(activeText(operationIssue(operation))).toBe(message);
  });
  it('rejects an empty trace name', () => {
    expect(activeText(operationIssue({ ...OPERATION, trace_names: ['createServer', ''] }))).toBe(englishText(M.operationTraces));
  });
  it('makes the console ask a customized notification for operations', () => {
    expect(checkCustomizedOperations('customized', [])).toBe(englishText(M.operationsRequired));
    expect(checkCustomizedOperations('customized', undefined)).toBe(englishText(M.operationsRequired));
    expect(checkCustomizedOperations('customized', [OPERATION])).toBeNull();
    expect(checkCustomizedOperations('complete', undefined)).toBeNull();
  });
});

describe('filter rules and notification count (choice 30)', () => {
  const rules = (count: number) => Array.from({ length: count }, (_, i) => `code != ${200 + i}`);

  it('allows at most 6 valid rules', () => {
    expect(MAX_FILTER_RULES).toBe(6);
    expect(activeText(filterRulesIssue([]))).toBeNull();
    expect(activeText(filterRulesIssue(rules(6)))).toBeNull();
    expect(activeText(filterRulesIssue(rules(7)))).toBe(englishText(M.filterRuleCount));
  });
  it('reports the first broken rule', () => {
    const parsed = parseFilterRule('level = 1');
    expect(activeText(filterRulesIssue(['code != 200', 'level = 1']))).toBe(parsed.ok ? 'parsed' : parsed.reason);
    expect(activeText(filterRulesIssue(['trace_rating = bad']))).toBe('Use normal, warning or incident.');
  });
  it('allows 100 notifications', () => {
    expect(MAX_NOTIFICATIONS).toBe(100);
    expect(activeText(notificationCountIssue(99))).toBeNull();
    expect(activeText(notificationCountIssue(100))).toBe(englishText(M.count));
  });
});
