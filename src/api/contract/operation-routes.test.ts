import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { OPERATION_ROUTES, operationOfPath, operationOfTemplate } from './operation-routes';

interface OpenApiDocument {
  paths: Record<string, Record<string, { operationId?: string }>>;
}

const document = parse(readFileSync(resolve(__dirname, 'cts.openapi.yaml'), 'utf8')) as OpenApiDocument;
const fromDocument = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => ['get', 'post', 'put', 'delete'].includes(method))
    .map(([method, operation]) => ({ operationId: operation.operationId, method: method.toUpperCase(), path })),
);

describe('operation routes', () => {
  it('lists exactly the operations of the OpenAPI document', () => {
    const sort = (routes: { operationId?: string }[]) => [...routes].sort((a, b) => String(a.operationId).localeCompare(String(b.operationId)));
    expect(sort([...OPERATION_ROUTES])).toEqual(sort(fromDocument));
  });

  it('finds an operation by template and by concrete path', () => {
    expect(operationOfTemplate('post', '/v3/{project_id}/tracker')).toBe('createTracker');
    expect(operationOfPath('DELETE', '/v3/p1/trackers')).toBe('deleteTracker');
    expect(operationOfPath('GET', '/v3/p1/cts-tracker/t1/tags')).toBe('listTrackerTags');
    expect(operationOfPath('POST', '/v3/p1/cts-tracker/t1/tags/create')).toBe('batchCreateResourceTags');
    expect(operationOfPath('GET', '/v3/p1/notifications/smn')).toBe('listNotifications');
    expect(operationOfPath('PATCH', '/v3/p1/tracker')).toBeNull();
    expect(operationOfPath('GET', '/v3/p1/unknown')).toBeNull();
  });
});
