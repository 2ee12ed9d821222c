import { describe, expect, it } from 'vitest';
import type { Notification, Trace } from '@/api/contract/types';
import { ERROR_CODES } from '@/api/contract/error-codes';
import { DEMO_PROJECT_ID } from '@/mocks/db/identities';
import { DISABLED_NOTIFICATION_NAME, FUN_NOTIFICATION_NAME, SMN_NOTIFICATION_NAME } from '@/mocks/db/seed-world';
import { mockDb } from '@/mocks/node';
import type { ErrorBodyJson } from '@/mocks/testing/notification-fixtures';
import {
  FUN_TOPIC,
  NOTIFICATIONS_URL,
  SDK_HEADERS,
  SMN_TOPIC,
  allNotifications,
  createOk,
  ctsRequest,
  customizedBody,
  deleteNotifications,
  listNotifications,
  postNotification,
  putNotification,
} from '@/mocks/testing/notification-fixtures';

const NOT_FOUND = ERROR_CODES['CTS.MOCK.0404'];

/** The management traces CTS recorded about one notification (trace_name + resource_id filters). */
async function tracesAbout(traceName: string, notificationId: string): Promise<Trace[]> {
  // `to` is exclusive (L1601): a minute ahead so that a trace recorded this millisecond counts.
  const to = Date.now() + 60_000;
  const url = `http://localhost/v3/${DEMO_PROJECT_ID}/traces?trace_type=system&trace_name=${traceName}&resource_id=${notificationId}&to=${to}`;
  const res = await ctsRequest(url, 'GET');
  return ((await res.json()) as { traces: Trace[] }).traces;
}

describe('createNotification', () => {
  it('answers 201 with the full notification, enabled and typed smn for an SMN topic (L801–821, L1000)', async () => {
    const before = Date.now();
    const res = await postNotification(customizedBody({ agency_name: 'cts_admin_trust' }));
    expect(res.status).toBe(201);
    expect(res.headers.get('X-Request-Id')).toBeTruthy();
    const created = (await res.json()) as Notification;
    expect(created).toMatchObject({
      notification_name: 'ecs_watch',
      operation_type: 'customized',
      operations: [{ service_type: 'ECS', resource_type: 'ecs', trace_names: ['deleteServer'] }],
      notify_user_list: [{ user_group: 'ops', user_list: ['alice.chen'] }],
      topic_id: SMN_TOPIC,
      notification_type: 'smn',
      status: 'enabled',
      project_id: DEMO_PROJECT_ID,
      agency_name: 'cts_admin_trust',
    });
    expect(created.notification_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(created.create_time).toBeGreaterThanOrEqual(before);
    expect(await listNotifications('smn', 'ecs_watch')).toEqual([created]);
  });

  it('types a notification fun from a FunctionGraph URN (L771, L1099)', async () => {
    const created = await createOk(customizedBody({ topic_id: FUN_TOPIC }));
    expect(created.notification_type).toBe('fun');
    expect((await listNotifications('fun')).map((n) => n.notification_id)).toContain(created.notification_id);
    expect((await listNotifications('smn')).map((n) => n.notification_id)).not.toContain(created.notification_id);
  });

  it('creates a topic-less notification as smn and disabled, as the reference lists one (L1537–1552)', async () => {
    for (const [name, topic] of [['no_topic', undefined], ['empty_topic', '']] as const) {
      const created = await createOk(customizedBody({ notification_name: name, topic_id: topic }));
      expect(created).toMatchObject({ notification_type: 'smn', status: 'disabled' });
      expect(created).not.toHaveProperty('topic_id');
    }
  });

  it('stores complete with no operations but keeps its users (L768, L1550, choice 28)', async () => {
    const created = await createOk(customizedBody({ operation_type: 'complete' }));
    expect(created.operations).toEqual([]);
    expect(created.notify_user_list).toEqual([{ user_group: 'ops', user_list: ['alice.chen'] }]);
    const bare = await createOk({ notification_name: 'bare', operation_type: 'complete' });
    expect(bare).toMatchObject({ operations: [], notify_user_list: [] });
    expect(bare).not.toHaveProperty('filter');
  });

  it('accepts the SDK: AK/SK signature and no token', async () => {
    const res = await ctsRequest(NOTIFICATIONS_URL, 'POST', customizedBody(), SDK_HEADERS);
    expect(res.status).toBe(201);
  });

  it('records a createNotification management trace (service CTS)', async () => {
    const created = await createOk(customizedBody());
    const [trace] = await tracesAbout('createNotification', created.notification_id);
    expect(trace).toMatchObject({ service_type: 'CTS', resource_type: 'notification', resource_name: 'ecs_watch', code: '201' });
    expect(JSON.parse(trace?.request ?? '{}')).toMatchObject({ notification_name: 'ecs_watch' });
  });
});

describe('updateNotification', () => {
  it('replaces the notification: omitted optional fields are cleared, identity and creation kept (choice 27)', async () => {
    const created = await createOk(
      customizedBody({ agency_name: 'cts_admin_trust', filter: { condition: 'AND', is_support_filter: true, rule: ['code != 200'] } }),
    );
    const res = await putNotification({
      notification_id: created.notification_id,
      notification_name: 'renamed',
      operation_type: 'customized',
      status: 'disabled',
    });
    expect(res.status).toBe(200);
    const updated = (await res.json()) as Notification;
    expect(updated).toEqual({
      notification_id: created.notification_id,
      notification_name: 'renamed',
      operation_type: 'customized',
      operations: [],
      notify_user_list: [],
      status: 'disabled',
      notification_type: 'smn',
      project_id: created.project_id,
      create_time: created.create_time,
    });
    expect(await listNotifications('smn', 'renamed')).toEqual([updated]);
    expect(await listNotifications('smn', 'ecs_watch')).toEqual([]);
  });

  it('re-derives the type from a new topic, and keeps it when the topic is removed', async () => {
    const created = await createOk(customizedBody());
    const toFun = await putNotification({ ...customizedBody({ topic_id: FUN_TOPIC }), notification_id: created.notification_id, status: 'enabled' });
    expect(((await toFun.json()) as Notification).notification_type).toBe('fun');
    const noTopic = await putNotification({ ...customizedBody({ topic_id: undefined }), notification_id: created.notification_id, status: 'disabled' });
    expect(((await noTopic.json()) as Notification).notification_type).toBe('fun');
    expect((await listNotifications('fun', 'ecs_watch')).map((n) => n.status)).toEqual(['disabled']);
  });

  it('keeps its own name without tripping the duplicate check', async () => {
    const [seeded] = await listNotifications('smn', SMN_NOTIFICATION_NAME);
    const res = await putNotification({ ...seeded, status: 'disabled' });
    expect(res.status).toBe(200);
    expect(((await res.json()) as Notification).status).toBe('disabled');
  });

  it('answers 404 CTS.MOCK.0404 for an unknown notification_id (choice 10)', async () => {
    const res = await putNotification({ ...customizedBody(), notification_id: 'no-such-id', status: 'enabled' });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error_code: 'CTS.MOCK.0404', error_msg: NOT_FOUND.message });
  });

  it('records an updateNotification trace', async () => {
    const created = await createOk(customizedBody());
    await putNotification({ ...customizedBody(), notification_id: created.notification_id, status: 'enabled' });
    expect(await tracesAbout('updateNotification', created.notification_id)).toHaveLength(1);
  });
});

describe('deleteNotification', () => {
  it('deletes one notification: 204 without a body, and records a trace', async () => {
    const created = await createOk(customizedBody());
    const res = await deleteNotifications(`?notification_id=${created.notification_id}`);
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    expect(await listNotifications('smn', 'ecs_watch')).toEqual([]);
    expect(await tracesAbout('deleteNotification', created.notification_id)).toHaveLength(1);
  });

  it('deletes a batch sent as the SDK sends it: a%2Cb, Content-Type and AK/SK on a body-less DELETE', async () => {
    const a = await createOk(customizedBody({ notification_name: 'a' }));
    const b = await createOk(customizedBody({ notification_name: 'b' }));
    const res = await ctsRequest(`${NOTIFICATIONS_URL}?notification_id=${a.notification_id}%2C${b.notification_id}`, 'DELETE', undefined, SDK_HEADERS);
    expect(res.status).toBe(204);
    const names = (await allNotifications()).map((n) => n.notification_name);
    expect(names).not.toContain('a');
    expect(names).not.toContain('b');
  });

  it('strips the quotes printed in the reference, around the list or each ID (L1302, choice 31)', async () => {
    const a = await createOk(customizedBody({ notification_name: 'a' }));
    const b = await createOk(customizedBody({ notification_name: 'b' }));
    const c = await createOk(customizedBody({ notification_name: 'c' }));
    expect((await deleteNotifications(`?notification_id=${encodeURIComponent(`"${a.notification_id},${b.notification_id}"`)}`)).status).toBe(204);
    expect((await deleteNotifications(`?notification_id=${encodeURIComponent(`'${c.notification_id}'`)}`)).status).toBe(204);
    expect((await allNotifications()).map((n) => n.notification_name).filter((name) => ['a', 'b', 'c'].includes(name))).toEqual([]);
  });

  it('deletes the known IDs of a batch and answers 404 for the unknown ones (L1373)', async () => {
    const a = await createOk(customizedBody({ notification_name: 'a' }));
    const b = await createOk(customizedBody({ notification_name: 'b' }));
    const res = await deleteNotifications(`?notification_id=${a.notification_id},ghost,${b.notification_id}`);
    expect(res.status).toBe(404);
    const error = (await res.json()) as ErrorBodyJson;
    expect(error.error_code).toBe('CTS.MOCK.0404');
    expect(error.error_msg).toContain('ghost');
    const names = (await allNotifications()).map((n) => n.notification_name);
    expect(names).not.toContain('a');
    expect(names).not.toContain('b');
    expect(mockDb.notifications.size).toBe(3);
  });

  it('answers 404 with the verbatim message for one unknown ID and changes nothing', async () => {
    const res = await deleteNotifications('?notification_id=ghost');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error_code: 'CTS.MOCK.0404', error_msg: NOT_FOUND.message });
    expect(await allNotifications()).toHaveLength(3);
  });

  it('refuses a missing or empty notification_id with 400 CTS.0003', async () => {
    for (const query of ['', '?notification_id=', '?notification_id=%22%22', '?notification_id=,']) {
      const res = await deleteNotifications(query);
      expect(res.status).toBe(400);
      expect(((await res.json()) as ErrorBodyJson).error_code).toBe('CTS.0003');
    }
    expect(await allNotifications()).toHaveLength(3);
  });
});

describe('listNotifications', () => {
  it('lists each type separately, newest first (L1393, L1497–1552)', async () => {
    const smn = await listNotifications('smn');
    expect(smn.map((n) => n.notification_name)).toEqual([DISABLED_NOTIFICATION_NAME, SMN_NOTIFICATION_NAME]);
    expect((await listNotifications('fun')).map((n) => n.notification_name)).toEqual([FUN_NOTIFICATION_NAME]);
  });

  it('filters by exact, case-sensitive notification_name (L1404)', async () => {
    expect((await listNotifications('smn', SMN_NOTIFICATION_NAME)).map((n) => n.notification_name)).toEqual([SMN_NOTIFICATION_NAME]);
    expect(await listNotifications('smn', SMN_NOTIFICATION_NAME.toUpperCase())).toEqual([]);
    expect(await listNotifications('smn', SMN_NOTIFICATION_NAME.slice(0, 3))).toEqual([]);
    expect(await listNotifications('fun', SMN_NOTIFICATION_NAME)).toEqual([]);
    expect(await listNotifications('smn', '')).toHaveLength(2);
  });

  it('refuses a type other than smn or fun with 400 CTS.0003', async () => {
    const res = await ctsRequest(`${NOTIFICATIONS_URL}/email`, 'GET');
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBodyJson).error_code).toBe('CTS.0003');
  });

  it('serves the SDK (Content-Type on a GET, AK/SK)', async () => {
    const res = await ctsRequest(`${NOTIFICATIONS_URL}/fun`, 'GET', undefined, SDK_HEADERS);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { notifications: Notification[] }).notifications).toHaveLength(1);
  });
});
