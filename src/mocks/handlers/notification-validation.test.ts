import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@/api/contract/error-codes';
import { DISABLED_NOTIFICATION_NAME, SMN_NOTIFICATION_NAME } from '@/mocks/db/seed-world';
import type { ErrorBodyJson } from '@/mocks/testing/notification-fixtures';
import {
  NOTIFICATIONS_URL,
  allNotifications,
  createOk,
  customizedBody,
  listNotifications,
  postNotification,
  putNotification,
  userGroups,
} from '@/mocks/testing/notification-fixtures';

const INVALID = ERROR_CODES['CTS.0003'].message;

/** Asserts a 400 CTS.0003 whose message mentions `fragment`, and that nothing was created. */
async function expectRefused(res: Response, fragment: string): Promise<void> {
  expect(res.status).toBe(400);
  const body = (await res.json()) as ErrorBodyJson;
  expect(body.error_code).toBe('CTS.0003');
  expect(body.error_msg).toContain(fragment);
}

describe('createNotification body rules (400 CTS.0003)', () => {
  it('refuses an empty, non-JSON or non-object body with the verbatim message', async () => {
    for (const body of ['', '{not json', '[1]']) {
      const res = await fetch(NOTIFICATIONS_URL, {
        method: 'POST',
        headers: { 'X-Auth-Token': 't', 'Content-Type': 'application/json' },
        body,
      });
      expect(res.status).toBe(400);
      const error = (await res.json()) as ErrorBodyJson;
      expect(error.error_code).toBe('CTS.0003');
      if (body !== '[1]') {
        expect(error.error_msg).toBe(INVALID);
      }
    }
  });

  it('requires notification_name in the 1–64 [A-Za-z0-9_] format (choice 30)', async () => {
    await expectRefused(await postNotification(customizedBody({ notification_name: undefined })), 'notification_name');
    await expectRefused(await postNotification(customizedBody({ notification_name: 42 })), 'notification_name');
    await expectRefused(await postNotification(customizedBody({ notification_name: '' })), 'notification_name');
    await expectRefused(await postNotification(customizedBody({ notification_name: 'a'.repeat(65) })), 'notification_name');
    await expectRefused(await postNotification(customizedBody({ notification_name: 'bad-name' })), 'notification_name');
    const ok = await createOk(customizedBody({ notification_name: 'a'.repeat(64) }));
    expect(ok.notification_name).toHaveLength(64);
  });

  it('requires operation_type complete or customized', async () => {
    await expectRefused(await postNotification(customizedBody({ operation_type: undefined })), 'operation_type');
    await expectRefused(await postNotification(customizedBody({ operation_type: 'partial' })), 'operation_type');
    expect((await postNotification(customizedBody({ operation_type: 'complete' }))).status).toBe(201);
  });

  it('requires service_type, resource_type and non-empty trace_names in each operation (L782–784)', async () => {
    const op = { service_type: 'ECS', resource_type: 'ecs', trace_names: ['deleteServer'] };
    await expectRefused(await postNotification(customizedBody({ operations: {} })), 'operations');
    await expectRefused(await postNotification(customizedBody({ operations: [{ ...op, trace_names: undefined }] })), 'operations[0]');
    await expectRefused(await postNotification(customizedBody({ operations: [op, { ...op, trace_names: [] }] })), 'operations[1]');
    await expectRefused(await postNotification(customizedBody({ operations: [{ ...op, service_type: ' ' }] })), 'operations[0]');
    await expectRefused(await postNotification(customizedBody({ operations: [{ ...op, resource_type: undefined }] })), 'operations[0]');
    await expectRefused(await postNotification(customizedBody({ operations: [{ ...op, trace_names: [''] }] })), 'trace name');
  });

  it('checks service and resource types against the catalog but not trace names (choice 7)', async () => {
    const op = { service_type: 'ECS', resource_type: 'ecs', trace_names: ['deleteServer'] };
    await expectRefused(await postNotification(customizedBody({ operations: [{ ...op, service_type: 'ecs' }] })), '"ecs" is not a cloud service');
    await expectRefused(await postNotification(customizedBody({ operations: [{ ...op, resource_type: 'image' }] })), '"image" is not a resource type of ECS');
    // The reference's own example (L933–945): CTS and AOM operations.
    const created = await createOk(
      customizedBody({
        operations: [
          { service_type: 'CTS', resource_type: 'tracker', trace_names: ['createTracker', 'deleteTracker'] },
          { service_type: 'AOM', resource_type: 'pe', trace_names: ['deletePolicyGroup'] },
        ],
      }),
    );
    expect(created.operations).toHaveLength(2);
    const lenient = await postNotification(
      customizedBody({ notification_name: 'lenient', operations: [{ ...op, trace_names: ['aTraceNoCatalogLists'] }] }),
    );
    expect(lenient.status).toBe(201);
  });

  it('allows 10 user groups and refuses 11 (L770, choice 29)', async () => {
    expect((await postNotification(customizedBody({ notify_user_list: userGroups(10, 10) }))).status).toBe(201);
    await expectRefused(
      await postNotification(customizedBody({ notification_name: 'eleven', notify_user_list: userGroups(11, 11) })),
      'at most 10 user groups',
    );
  });

  it('allows 50 users in total and refuses 51, whatever the grouping (choice 29)', async () => {
    expect((await postNotification(customizedBody({ notify_user_list: userGroups(5, 50) }))).status).toBe(201);
    await expectRefused(
      await postNotification(customizedBody({ notification_name: 'too_many', notify_user_list: userGroups(5, 51) })),
      'at most 50 users',
    );
    await expectRefused(
      await postNotification(customizedBody({ notification_name: 'too_many', notify_user_list: userGroups(1, 51) })),
      'at most 50 users',
    );
  });

  it('requires user_group and user_list in each group (L789–790)', async () => {
    await expectRefused(await postNotification(customizedBody({ notify_user_list: [{ user_group: 'ops' }] })), 'notify_user_list[0]');
    await expectRefused(await postNotification(customizedBody({ notify_user_list: [{ user_list: ['a'] }] })), 'notify_user_list[0]');
    await expectRefused(await postNotification(customizedBody({ notify_user_list: [{ user_group: ' ', user_list: ['a'] }] })), 'user group');
    await expectRefused(await postNotification(customizedBody({ notify_user_list: [{ user_group: 'ops', user_list: [''] }] })), 'user name');
  });

  it('validates the topic URN (choice 32)', async () => {
    await expectRefused(await postNotification(customizedBody({ topic_id: 'arn:aws:sns:topic' })), 'topic_id');
    await expectRefused(await postNotification(customizedBody({ topic_id: 12 })), 'topic_id');
    // The reference's own examples (L771), with a region placeholder and a short project ID.
    expect((await postNotification(customizedBody({ topic_id: 'urn:smn:regionId:f96188c7ccaf4ffba0c9aa149ab2bd57:test_topic_v2' }))).status).toBe(201);
    expect(
      (await postNotification(customizedBody({ notification_name: 'fn', topic_id: 'urn:fss:xxxxxxxx:p0123456789abcdef:function:default:test' }))).status,
    ).toBe(201);
  });

  it('requires all three filter fields when a filter is sent (L795–797)', async () => {
    const filter = { condition: 'OR', is_support_filter: true, rule: ['code != 200'] };
    await expectRefused(await postNotification(customizedBody({ filter: 'code != 200' })), 'filter');
    await expectRefused(await postNotification(customizedBody({ filter: { ...filter, condition: undefined } })), 'filter.condition');
    await expectRefused(await postNotification(customizedBody({ filter: { ...filter, condition: 'XOR' } })), 'filter.condition');
    await expectRefused(await postNotification(customizedBody({ filter: { ...filter, is_support_filter: 'yes' } })), 'filter.is_support_filter');
    await expectRefused(await postNotification(customizedBody({ filter: { ...filter, rule: undefined } })), 'filter.rule');
    await expectRefused(await postNotification(customizedBody({ filter: { ...filter, rule: 'code != 200' } })), 'filter.rule');
    const created = await createOk(customizedBody({ filter }));
    expect(created.filter).toEqual(filter);
  });

  it('allows 6 filter rules and refuses 7 (choice 30)', async () => {
    const six = ['code != 200', 'api_version = v1.0', 'trace_rating = normal', 'trace_type != ApiCall', 'resource_id = xxx', 'resource_name = xxx'];
    const created = await createOk(customizedBody({ filter: { condition: 'AND', is_support_filter: true, rule: six } }));
    expect(created.filter?.rule).toEqual(six);
    await expectRefused(
      await postNotification(customizedBody({ notification_name: 'seven', filter: { condition: 'AND', is_support_filter: true, rule: [...six, 'code = 500'] } })),
      'at most 6 filter rules',
    );
  });

  it('parses each rule and validates its value, naming the rule (L797, choice 4)', async () => {
    const withRule = (rule: string) =>
      postNotification(customizedBody({ filter: { condition: 'AND', is_support_filter: true, rule: ['code != 200', rule] } }));
    await expectRefused(await withRule('status = 200'), 'filter.rule[1] "status = 200"');
    await expectRefused(await withRule('code == 200'), 'filter.rule[1]');
    await expectRefused(await withRule('trace_rating = fatal'), 'normal, warning or incident');
    await expectRefused(await withRule('trace_type = ObsSDK'), 'ConsoleAction');
    await expectRefused(await withRule('api_version = v1 0'), 'filter.rule[1]');
    await expectRefused(await withRule(`resource_id = ${'x'.repeat(351)}`), '1–350');
    expect((await withRule(`resource_id = ${'x'.repeat(350)}`)).status).toBe(201);
  });

  it('allows agency_name cts_admin_trust only (L790)', async () => {
    await expectRefused(await postNotification(customizedBody({ agency_name: 'my_agency' })), 'agency_name');
    const created = await createOk(customizedBody({ agency_name: 'cts_admin_trust' }));
    expect(created.agency_name).toBe('cts_admin_trust');
  });

  it('refuses a name another notification has', async () => {
    await expectRefused(await postNotification(customizedBody({ notification_name: SMN_NOTIFICATION_NAME })), 'already exists');
    await expectRefused(await postNotification(customizedBody({ notification_name: DISABLED_NOTIFICATION_NAME })), 'already exists');
    expect((await postNotification(customizedBody({ notification_name: `${SMN_NOTIFICATION_NAME}_2` }))).status).toBe(201);
  });

  it('allows the 100th notification and refuses the 101st (choice 30)', async () => {
    const existing = (await allNotifications()).length;
    for (let i = existing; i < 100; i += 1) {
      expect((await postNotification(customizedBody({ notification_name: `n_${i}` }))).status).toBe(201);
    }
    await expectRefused(await postNotification(customizedBody({ notification_name: 'n_101' })), 'at most 100 notifications');
    expect(await allNotifications()).toHaveLength(100);
  });
});

describe('updateNotification body rules', () => {
  /** A PUT of the seeded SMN notification, valid but for `overrides`. */
  async function seededUpdate(overrides: Record<string, unknown>): Promise<Response> {
    const [seeded] = await listNotifications('smn', SMN_NOTIFICATION_NAME);
    return putNotification({ ...customizedBody(), notification_id: seeded?.notification_id, status: 'enabled', ...overrides });
  }

  it('requires notification_id and status enabled|disabled (L1047–1055)', async () => {
    await expectRefused(await putNotification({ ...customizedBody(), status: 'enabled' }), 'notification_id');
    await expectRefused(await seededUpdate({ status: undefined }), 'status');
    await expectRefused(await seededUpdate({ status: 'paused' }), 'status');
  });

  it('requires a topic to enable, not to disable (L1054)', async () => {
    await expectRefused(await seededUpdate({ topic_id: undefined }), 'topic_id');
    await expectRefused(await seededUpdate({ topic_id: '' }), 'topic_id');
    const created = await createOk(customizedBody({ notification_name: 'to_disable' }));
    const res = await putNotification({ ...customizedBody({ notification_name: 'to_disable', topic_id: undefined }), notification_id: created.notification_id, status: 'disabled' });
    expect(res.status).toBe(200);
  });

  it('applies the create rules to the replacement', async () => {
    await expectRefused(await seededUpdate({ notify_user_list: userGroups(11, 11) }), 'at most 10 user groups');
    await expectRefused(await seededUpdate({ notification_name: 'has space' }), 'notification_name');
    await expectRefused(await seededUpdate({ notification_name: DISABLED_NOTIFICATION_NAME }), 'already exists');
    expect((await seededUpdate({})).status).toBe(200);
  });
});
