import type { Notification } from '@/api/contract/types';
import { DEMO_PROJECT_ID } from '@/mocks/db/identities';

/** Helpers for tests of the notification and trace handlers, talking to the mock as a client would. */

export const NOTIFICATIONS_URL = `http://localhost/v3/${DEMO_PROJECT_ID}/notifications`;
export const SMN_TOPIC = `urn:smn:ap-southeast-1:${DEMO_PROJECT_ID}:ops_alerts`;
export const FUN_TOPIC = `urn:fss:ap-southeast-1:${DEMO_PROJECT_ID}:function:default:forward_to_siem:latest`;
/** Headers of Huawei's SDK: AK/SK signature instead of a token, Content-Type on every call (spec-notes §3). */
export const SDK_HEADERS = {
  Authorization: 'SDK-HMAC-SHA256 Access=HPUAEXAMPLEAK, SignedHeaders=content-type;host;x-sdk-date, Signature=0123abcd',
  'X-Sdk-Date': '20260101T000000Z',
  'X-Project-Id': DEMO_PROJECT_ID,
  'Content-Type': 'application/json',
};
export const TOKEN_HEADERS = { 'X-Auth-Token': 't', 'Content-Type': 'application/json' };

export interface ErrorBodyJson {
  error_code: string;
  error_msg: string;
}

/** A customized notification body that satisfies every rule; override fields per test. */
export function customizedBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    notification_name: 'ecs_watch',
    operation_type: 'customized',
    operations: [{ service_type: 'ECS', resource_type: 'ecs', trace_names: ['deleteServer'] }],
    notify_user_list: [{ user_group: 'ops', user_list: ['alice.chen'] }],
    topic_id: SMN_TOPIC,
    ...overrides,
  };
}

export function ctsRequest(url: string, method: string, body?: unknown, headers: Record<string, string> = TOKEN_HEADERS): Promise<Response> {
  return fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

export function postNotification(body: unknown): Promise<Response> {
  return ctsRequest(NOTIFICATIONS_URL, 'POST', body);
}

export function putNotification(body: unknown): Promise<Response> {
  return ctsRequest(NOTIFICATIONS_URL, 'PUT', body);
}

/** `query` is appended verbatim, so a test controls the encoding (`a%2Cb`, quotes). */
export function deleteNotifications(query: string): Promise<Response> {
  return ctsRequest(`${NOTIFICATIONS_URL}${query}`, 'DELETE');
}

export async function listNotifications(type: string, name?: string): Promise<Notification[]> {
  const query = name === undefined ? '' : `?notification_name=${encodeURIComponent(name)}`;
  const res = await ctsRequest(`${NOTIFICATIONS_URL}/${type}${query}`, 'GET');
  const body = (await res.json()) as { notifications: Notification[] };
  return body.notifications;
}

export async function allNotifications(): Promise<Notification[]> {
  return [...(await listNotifications('smn')), ...(await listNotifications('fun'))];
}

export async function createOk(body: Record<string, unknown>): Promise<Notification> {
  const res = await postNotification(body);
  if (res.status !== 201) {
    throw new Error(`expected 201, got ${res.status}: ${await res.text()}`);
  }
  return (await res.json()) as Notification;
}

/** A notify_user_list with `groups` groups holding `users` users in total. */
export function userGroups(groups: number, users: number): { user_group: string; user_list: string[] }[] {
  return Array.from({ length: groups }, (_, g) => ({
    user_group: `group_${g}`,
    user_list: Array.from({ length: users }, (_, u) => u).filter((u) => u % groups === g).map((u) => `user_${u}`),
  }));
}
