import { HOSTILE_TEXTS } from '@/mocks/db/hostile-text';
import type { Random } from '@/mocks/db/random';
import { chance, hex, intBetween, pick, uuidV4 } from '@/mocks/db/random';
import type { WorldOp } from '@/mocks/db/trace-world';

export interface TraceBodies {
  request?: string;
  response?: string;
  message?: string;
  location_info?: string;
}

const ERROR_TEXT: Record<number, string> = {
  400: 'Invalid request parameter.',
  401: 'Authentication failed.',
  403: 'You do not have the permission to perform this operation.',
  404: 'The resource could not be found.',
  409: 'The resource is in use by another operation.',
  500: 'System error. Try again later.',
  503: 'The service is temporarily unavailable.',
};
// Error codes look like each service's own (`Ecs.0001`, `IMS.0107`…), numbered by status.
const ERROR_NUMBER: Record<number, string> = { 400: '0005', 401: '0301', 403: '0013', 404: '0114', 409: '0409', 500: '0999', 503: '1103' };

/** JSON body key of a resource type: `ecs` → `server`, camelCase types kept. */
function bodyKey(op: WorldOp): string {
  return op.resource_type === 'ecs' || op.resource_type === 'server' ? 'server' : op.resource_type;
}

function errorCode(op: WorldOp, status: number): string {
  const prefix = op.service_type === 'ECS' ? 'Ecs' : op.service_type === 'ModelArts' ? 'ModelArts' : op.service_type;
  return `${prefix}.${ERROR_NUMBER[status] ?? '0001'}`;
}

/** CTS's own operations carry the v3 API's bodies (L1873–1917, L764–797). */
function ctsRequestBody(op: WorldOp, resource: { id: string; name: string }, random: Random): unknown {
  if (op.resource_type === 'tracker') {
    const trackerType = resource.name === 'system' ? 'system' : 'data';
    return op.verb === 'delete'
      ? { tracker_name: resource.name, tracker_type: trackerType }
      : // Background changes leave the status alone: only the planted stories turn a tracker off and on,
        // so a random update can never read as the re-enable of a planted disable.
        { tracker_type: trackerType, tracker_name: resource.name, is_lts_enabled: chance(random, 0.7) };
  }
  if (op.verb === 'delete') {
    return { notification_id: resource.id };
  }
  const body = { notification_name: resource.name.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 64), operation_type: 'complete' };
  return op.verb === 'create' ? body : { ...body, notification_id: resource.id, status: pick(random, ['enabled', 'disabled']) };
}

function requestBody(op: WorldOp, resource: { id: string; name: string }, random: Random): unknown {
  const key = bodyKey(op);
  if (op.service_type === 'CTS') {
    return ctsRequestBody(op, resource, random);
  }
  if (op.resource_type === 'object') {
    return { bucket: resource.id.split('/')[0], object: resource.name };
  }
  switch (op.verb) {
    case 'create':
      return { [key]: { name: resource.name, description: chance(random, 0.3) ? 'created by automation' : '' } };
    case 'update':
      return { [key]: { name: resource.name, description: pick(random, ['', 'resize for Q4 traffic', 'owner: platform-team']) } };
    case 'delete':
      // Many deletions carry the ID in the URL only.
      return chance(random, 0.5) ? undefined : { [`${key}_id`]: resource.id };
    default:
      return { [op.trace_name]: chance(random, 0.5) ? {} : { type: pick(random, ['SOFT', 'HARD']) } };
  }
}

function responseBody(op: WorldOp, resource: { id: string; name: string }, status: number, random: Random): unknown {
  if (status >= 400) {
    const code = errorCode(op, status);
    const text = ERROR_TEXT[status] ?? 'Request failed.';
    return op.service_type === 'ECS' ? { error: { code, message: text } } : { error_code: code, error_msg: text };
  }
  if (status === 204) {
    return undefined;
  }
  if (op.service_type === 'ECS' && op.verb !== 'update') {
    return { job_id: `ff8080${hex(random, 26)}` };
  }
  if (op.verb === 'create') {
    return { [bodyKey(op)]: { id: resource.id, name: resource.name, status: 'ACTIVE' } };
  }
  return chance(random, 0.5) ? undefined : { request_id: hex(random, 32) };
}

/**
 * Request, response, message and location_info of a trace. `message` and `location_info` are
 * absent unless the service adds them: on failures, and a few remarks; a small share of messages
 * are hostile text (kept verbatim).
 */
export function traceBodies(op: WorldOp, resource: { id: string; name: string }, status: number, random: Random): TraceBodies {
  const bodies: TraceBodies = {};
  const request = requestBody(op, resource, random);
  const response = responseBody(op, resource, status, random);
  if (request !== undefined) {
    bodies.request = JSON.stringify(request);
  }
  if (response !== undefined) {
    bodies.response = JSON.stringify(response);
  }
  if (status >= 400) {
    bodies.location_info = `${errorCode(op, status)} ${ERROR_TEXT[status] ?? ''} request_id=${uuidV4(random)}`.trim();
    bodies.message = chance(random, 0.5) ? ERROR_TEXT[status] : undefined;
  }
  const remark = random();
  if (remark < 0.015) {
    bodies.message = pick(random, HOSTILE_TEXTS);
  } else if (remark < 0.05) {
    bodies.message = pick(random, ['Operation accepted.', `Task ${intBetween(random, 10000, 99999)} queued.`, 'Triggered by scheduled policy.']);
  }
  if (bodies.message === undefined) {
    delete bodies.message;
  }
  return bodies;
}
