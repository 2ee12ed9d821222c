import type { OperationId } from './types';

/**
 * Method and path template of every operation of cts.openapi.yaml, so that code holding only a
 * request (the client's error middleware, the mock's fault injection) can name its operation.
 * `operation-routes.test.ts` checks this table against the document.
 */
export interface OperationRoute {
  operationId: OperationId;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
}

export const OPERATION_ROUTES: readonly OperationRoute[] = [
  { operationId: 'createNotification', method: 'POST', path: '/v3/{project_id}/notifications' },
  { operationId: 'updateNotification', method: 'PUT', path: '/v3/{project_id}/notifications' },
  { operationId: 'deleteNotification', method: 'DELETE', path: '/v3/{project_id}/notifications' },
  { operationId: 'listNotifications', method: 'GET', path: '/v3/{project_id}/notifications/{notification_type}' },
  { operationId: 'listTraces', method: 'GET', path: '/v3/{project_id}/traces' },
  { operationId: 'createTracker', method: 'POST', path: '/v3/{project_id}/tracker' },
  { operationId: 'updateTracker', method: 'PUT', path: '/v3/{project_id}/tracker' },
  { operationId: 'listTrackers', method: 'GET', path: '/v3/{project_id}/trackers' },
  { operationId: 'deleteTracker', method: 'DELETE', path: '/v3/{project_id}/trackers' },
  { operationId: 'listQuotas', method: 'GET', path: '/v3/{project_id}/quotas' },
  { operationId: 'listOperations', method: 'GET', path: '/v3/{project_id}/operations' },
  { operationId: 'listUserResources', method: 'GET', path: '/v3/{project_id}/user-resources' },
  { operationId: 'checkObsBuckets', method: 'POST', path: '/v3/{domain_id}/checkbucket' },
  { operationId: 'listTraceResources', method: 'GET', path: '/v3/{domain_id}/resources' },
  { operationId: 'batchCreateResourceTags', method: 'POST', path: '/v3/{project_id}/{resource_type}/{resource_id}/tags/create' },
  { operationId: 'batchDeleteResourceTags', method: 'DELETE', path: '/v3/{project_id}/{resource_type}/{resource_id}/tags/delete' },
  { operationId: 'listTrackerTags', method: 'GET', path: '/v3/{project_id}/cts-tracker/{resource_id}/tags' },
  { operationId: 'getMockState', method: 'GET', path: '/mock/state' },
  { operationId: 'resetMock', method: 'POST', path: '/mock/reset' },
  { operationId: 'putMockFaults', method: 'PUT', path: '/mock/faults' },
  { operationId: 'injectMockTraces', method: 'POST', path: '/mock/traces' },
];

const byTemplate = new Map(OPERATION_ROUTES.map((route) => [`${route.method} ${route.path}`, route.operationId]));
const matchers = OPERATION_ROUTES.map((route) => ({
  route,
  pattern: new RegExp(`^${route.path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

/** By method and path template, e.g. `operationOfTemplate('POST', '/v3/{project_id}/tracker')`. */
export function operationOfTemplate(method: string, template: string): OperationId | null {
  return byTemplate.get(`${method.toUpperCase()} ${template}`) ?? null;
}

/** By method and concrete path, e.g. `operationOfPath('GET', '/v3/abc/traces')`. */
export function operationOfPath(method: string, pathname: string): OperationId | null {
  const upper = method.toUpperCase();
  // Literal segments win over placeholders: `/cts-tracker/{id}/tags` before `/{resource_type}/...`.
  const found = matchers.find(({ route, pattern }) => route.method === upper && pattern.test(pathname));
  return found?.route.operationId ?? null;
}
