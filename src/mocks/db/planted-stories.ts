import { MANAGEMENT_TRACKER_NAME } from '@/api/rules/trace-query-rules';
import { DEMO_DOMAIN_NAME, DEMO_IDENTITIES, identityIndex } from '@/mocks/db/identities';
import { DAY_MS, localDayStart } from '@/mocks/db/trace-time';
import type { World } from '@/mocks/db/trace-world';
import { DEMO_SYSTEM_TRACKER_ID, opCode } from '@/mocks/db/trace-world';

/**
 * Stories planted in every generated trace set (volume ≥ PLANTED_MIN_VOLUME), at fixed local
 * times relative to `now` (demo local time, UTC+8), for demos and tests to find:
 * 1. DELETION_BURST: the night before last, 02:13–02:31, one user deletes production servers,
 *    images and backups from an address never seen otherwise; one delete is refused (403,
 *    warning) and one fails (500, incident). The servers and images were created six days ago.
 * 2. TRACKER_DISABLED: three days ago the management tracker is disabled at 18:05 and
 *    re-enabled at 21:48 by another user (`updateTracker`, status in the request).
 * 3. NOTIFICATION_DELETED: a key event notification created six days ago is deleted two days
 *    ago at 16:42 by an agency session (identity type AssumedAgency).
 */
export const PLANTED_MIN_VOLUME = 200;

const web1 = { id: '5f0d2c8e-1b7a-4e93-a6c4-3d9e8b2f1a70', name: 'prod-web-01' };
const web2 = { id: '8a3e6b1d-4c9f-4d27-b5e8-0f2a7c6d9e13', name: 'prod-web-02' };
const db1 = { id: 'c2b7e9f4-6d3a-4a18-9e05-7b1c4f8a2d56', name: 'prod-db-01' };
const golden = { id: '91d4a7c3-2e8b-4f6a-b0d9-5c3e1a7f4b82', name: 'img-prod-golden-2024' };
const dbBase = { id: 'e6f1b3a9-7c2d-4b58-8a4e-9d0c2f6b1e37', name: 'img-prod-db-base' };
const backup = { id: '3c8f5a2e-9d1b-4e76-a3c0-6b4d8e2f7a19', name: 'backup-ecs-prod-db-01' };

export const DELETION_BURST = {
  user: 'm.rossi',
  sourceIp: '198.18.77.201',
  servers: [web1, web2, db1],
  images: [golden, dbBase],
  backups: [backup],
  /** Deletion traces in the burst (the six days older creations are not counted). */
  deletionCount: 8,
} as const;

export const TRACKER_DISABLED = {
  disabledBy: 'ops-admin',
  reenabledBy: 'sre.oncall',
  trackerId: DEMO_SYSTEM_TRACKER_ID,
  trackerName: MANAGEMENT_TRACKER_NAME,
} as const;

export const NOTIFICATION_DELETED = {
  createdBy: 'alice.chen',
  deletedBy: `${DEMO_DOMAIN_NAME}/ops_automation`,
  notification_id: '7b2e4c9a-1f3d-4a8e-b6c5-0d9f2e7a3c41',
  notification_name: 'critical_ops_alerts',
} as const;

export type PlantedStory = 'deletion-burst' | 'tracker-disabled' | 'notification-deleted';

export interface PlantedSlot {
  story: PlantedStory;
  time: number;
  op: number;
  resource: number;
  identity: number;
  /** Index into TRACE_SOURCES. */
  traceType: number;
  status: number;
  accessKey: string | undefined;
  sourceIp: string;
  request?: string;
  response?: string;
  message?: string;
}

interface PlantedSpec {
  story: PlantedStory;
  /** Local days before today, and local time of day in minutes + seconds. */
  daysAgo: number;
  minutes: number;
  service: string;
  resourceType: string;
  traceName: string;
  resource: { id: string; name: string };
  user: string;
  traceType: number;
  status: number;
  sourceIp?: string;
  request?: unknown;
  response?: unknown;
  message?: string;
}

const at = (hours: number, minutes: number, seconds = 0): number => hours * 60 + minutes + seconds / 60;
const tracker = { id: DEMO_SYSTEM_TRACKER_ID, name: MANAGEMENT_TRACKER_NAME };
const notification = { id: NOTIFICATION_DELETED.notification_id, name: NOTIFICATION_DELETED.notification_name };
const burst = { story: 'deletion-burst', user: DELETION_BURST.user, traceType: 0, sourceIp: DELETION_BURST.sourceIp } as const;

function specs(): PlantedSpec[] {
  const history = { story: 'deletion-burst', daysAgo: 6, user: 'ops-admin', traceType: 1, status: 200 } as const;
  const server = (r: { id: string; name: string }, minutes: number): PlantedSpec => ({
    ...history, minutes, service: 'ECS', resourceType: 'ecs', traceName: 'createServer', resource: r,
    request: { server: { name: r.name, flavorRef: 'c7.xlarge.2', imageRef: golden.id, count: 1 } },
    response: { job_id: `ff80808${r.id.slice(0, 8)}0${r.id.slice(9, 13)}` },
  });
  const image = (r: { id: string; name: string }, minutes: number): PlantedSpec => ({
    ...history, minutes, service: 'IMS', resourceType: 'ims', traceName: 'createImage', resource: r,
    request: { name: r.name, instance_id: web1.id, image_tags: [{ key: 'env', value: 'prod' }] },
  });
  const del = (service: string, resourceType: string, traceName: string, r: { id: string; name: string }, minutes: number, status = 200): PlantedSpec => ({
    ...burst, daysAgo: 1, minutes, service, resourceType, traceName, resource: r, status,
    request: service === 'ECS' ? { servers: [{ id: r.id }], delete_publicip: true, delete_volume: true } : undefined,
    response: status === 403
      ? { error: { code: 'Ecs.0001', message: 'Policy doesn\'t allow ecs:cloudServers:delete to be performed.' } }
      : status >= 500 ? { error_code: 'IMS.0999', error_msg: 'System error.' } : undefined,
    message: status === 403 ? 'Forbidden: deletion protection is enabled for this server.' : undefined,
  });
  return [
    image(golden, at(10, 2)),
    image(dbBase, at(10, 9)),
    server(web1, at(10, 31)),
    server(web2, at(10, 33)),
    server(db1, at(10, 47)),
    del('ECS', 'ecs', 'deleteServer', web1, at(2, 13, 5)),
    del('ECS', 'ecs', 'deleteServer', web2, at(2, 14, 40)),
    del('ECS', 'ecs', 'deleteServer', db1, at(2, 16, 2), 403),
    del('IMS', 'ims', 'deleteImage', golden, at(2, 19, 51)),
    del('IMS', 'ims', 'deleteImage', dbBase, at(2, 21, 7), 500),
    del('CSBS', 'checkpointItem', 'deleteCheckpointItem', backup, at(2, 24, 33)),
    del('ECS', 'ecs', 'deleteServer', db1, at(2, 27, 12)),
    del('IMS', 'ims', 'deleteImage', dbBase, at(2, 31, 0)),
    {
      story: 'tracker-disabled', daysAgo: 3, minutes: at(18, 5, 12), service: 'CTS', resourceType: 'tracker',
      traceName: 'updateTracker', resource: tracker, user: TRACKER_DISABLED.disabledBy, traceType: 1, status: 200,
      request: { tracker_type: 'system', tracker_name: MANAGEMENT_TRACKER_NAME, status: 'disabled' },
    },
    {
      story: 'tracker-disabled', daysAgo: 3, minutes: at(21, 48, 40), service: 'CTS', resourceType: 'tracker',
      traceName: 'updateTracker', resource: tracker, user: TRACKER_DISABLED.reenabledBy, traceType: 1, status: 200,
      request: { tracker_type: 'system', tracker_name: MANAGEMENT_TRACKER_NAME, status: 'enabled' },
    },
    {
      story: 'notification-deleted', daysAgo: 6, minutes: at(9, 32, 8), service: 'CTS', resourceType: 'notification',
      traceName: 'createNotification', resource: notification, user: NOTIFICATION_DELETED.createdBy, traceType: 1, status: 201,
      request: { notification_name: notification.name, operation_type: 'complete', topic_id: 'urn:smn:ap-southeast-1:0c3e5a7b9d1f43a8b6c4e2d0f8a6b4c2:ops_alerts' },
      response: { notification_id: notification.id, notification_name: notification.name, status: 'enabled', notification_type: 'smn' },
    },
    {
      story: 'notification-deleted', daysAgo: 2, minutes: at(16, 42, 17), service: 'CTS', resourceType: 'notification',
      traceName: 'deleteNotification', resource: notification, user: NOTIFICATION_DELETED.deletedBy, traceType: 0, status: 204,
      request: { notification_id: notification.id },
    },
  ];
}

/** The planted traces for a given `now`; their resources are added to the world. */
export function plantedSlots(world: World, now: number): PlantedSlot[] {
  const today = localDayStart(now);
  const resourceCodes = new Map<string, number>();
  return specs().map((spec) => {
    let resource = resourceCodes.get(spec.resource.id);
    if (resource === undefined) {
      resource = world.resources.findIndex((r) => r.id === spec.resource.id);
      if (resource < 0) {
        world.resources.push({ ...spec.resource, ep: spec.service === 'CTS' ? 0 : 1, birthU: 2, deathU: -1 });
        resource = world.resources.length - 1;
      }
      resourceCodes.set(spec.resource.id, resource);
    }
    const identity = identityIndex(spec.user);
    const person = DEMO_IDENTITIES[identity];
    const keys = spec.traceType === 0 ? [...(person?.permanentKeys ?? []), ...(person?.sessionKeys ?? [])] : (person?.sessionKeys ?? []);
    return {
      story: spec.story,
      time: today - spec.daysAgo * DAY_MS + Math.round(spec.minutes * 60_000) + 417,
      op: opCode(world, spec.service, spec.resourceType, spec.traceName),
      resource,
      identity,
      traceType: spec.traceType,
      status: spec.status,
      accessKey: keys[0],
      sourceIp: spec.sourceIp ?? person?.sourceIps[0] ?? '203.0.113.24',
      request: spec.request === undefined ? undefined : JSON.stringify(spec.request),
      response: spec.response === undefined ? undefined : JSON.stringify(spec.response),
      message: spec.message,
    };
  });
}
