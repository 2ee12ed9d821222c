import { catalogOperations } from '@/api/catalog/catalog';
import type { TraceOperation } from '@/api/contract/types';
import { checkTraceQuery } from '@/api/rules/trace-query-check';
import type { MockDb } from '@/mocks/db/mock-db';
import { TraceStoreError } from '@/mocks/db/trace-extras';
import { http } from '@/mocks/handlers/http';
import { withCts } from '@/mocks/handlers/with-cts';
import { ctsError } from '@/mocks/handlers/cts-error';

/** L2928: the operators of the last 30 days (traces are kept 7 days, L1580, so in effect those). */
const USER_RESOURCES_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * The query string as plain strings: the contract types `from`/`to`/`limit` as numbers, but on the
 * wire they are text (the SDK sends `from=1700000000000`), which checkTraceQuery validates. A
 * repeated parameter counts by its first value, as URLSearchParams.get reads it.
 */
function queryParams(request: Request): Record<string, string | undefined> {
  const params: Record<string, string | undefined> = {};
  for (const [name, value] of new URL(request.url).searchParams) {
    params[name] ??= value;
  }
  return params;
}

export function listTracesHandler(db: MockDb) {
  return http.get(
    '/v3/{project_id}/traces',
    withCts(({ request, response }) => {
      const checked = checkTraceQuery(queryParams(request), db.now());
      if (!checked.ok) {
        // Choice 11: invalid parameters answer 400 CTS.0300, with the rule's message.
        throw ctsError('CTS.0300', checked.issue);
      }
      try {
        return response(200).json(db.traces.query(checked.query));
      } catch (error) {
        if (error instanceof TraceStoreError && error.reason === 'unknown_marker') {
          // Choice 15: `next` must be a marker this service handed out.
          throw ctsError('CTS.0300', { id: 'rules.mock.unknownMarker', values: { next: checked.query.next ?? '' } });
        }
        throw error;
      }
    }),
  );
}

/**
 * `extra` are operations the account has beyond the bundled catalog (the standalone server's
 * `--operations-file`), so a client can be shown services the catalog does not know.
 */
export function listOperationsHandler(extra: readonly TraceOperation[] = []) {
  return http.get(
    '/v3/{project_id}/operations',
    withCts(({ query, response }) => {
      const serviceType = query.get('service_type') ?? '';
      const resourceType = query.get('resource_type') ?? '';
      if (resourceType !== '' && serviceType === '') {
        // L2787: "If this parameter is used, service_type is mandatory." A query error: CTS.0300.
        throw ctsError('CTS.0300', { id: 'rules.mock.resourceTypeAlone' });
      }
      // Exact matches (choice 7); an unknown service simply has no operations.
      const operations = [...catalogOperations(), ...extra].filter(
        (operation) =>
          (serviceType === '' || operation.service_type === serviceType) &&
          (resourceType === '' || operation.resource_type === resourceType),
      );
      return response(200).json({ operations });
    }),
  );
}

export function listUserResourcesHandler(db: MockDb) {
  return http.get(
    '/v3/{project_id}/user-resources',
    withCts(({ response }) => {
      const users = db.traces.users(db.now() - USER_RESOURCES_WINDOW_MS).map((name) => ({ name }));
      return response(200).json({ users });
    }),
  );
}

/** Domain-scoped (L3195): the resource types that occur in the account's traces (choice 36). */
export function listTraceResourcesHandler(db: MockDb) {
  return http.get(
    '/v3/{domain_id}/resources',
    withCts(({ response }) => response(200).json({ resources: db.traces.resources() })),
  );
}

export function traceHandlers(db: MockDb, extraOperations: readonly TraceOperation[] = []) {
  return [
    listTracesHandler(db),
    listOperationsHandler(extraOperations),
    listUserResourcesHandler(db),
    listTraceResourcesHandler(db),
  ];
}
