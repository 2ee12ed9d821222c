import { queryOptions } from '@tanstack/react-query';
import { cts, domainId, projectId } from '@/api/client';

/** What CTS knows of the account's operations: trace names per service and resource type, resources, users. */
export async function listOperations(filters: { service_type?: string; resource_type?: string } = {}, signal?: AbortSignal) {
  const { data } = await cts.GET('/v3/{project_id}/operations', {
    params: { path: { project_id: projectId() }, query: filters },
    signal,
  });
  return data?.operations ?? [];
}

export async function listTraceResources(signal?: AbortSignal) {
  const { data } = await cts.GET('/v3/{domain_id}/resources', { params: { path: { domain_id: domainId() } }, signal });
  return data?.resources ?? [];
}

export async function listUserResources(signal?: AbortSignal) {
  const { data } = await cts.GET('/v3/{project_id}/user-resources', { params: { path: { project_id: projectId() } }, signal });
  return data?.users ?? [];
}

const LONG_LIVED = 5 * 60_000;

export const operationQueries = {
  all: () => ['operations'] as const,
  operations: (filters: { service_type?: string; resource_type?: string } = {}) =>
    queryOptions({
      queryKey: [...operationQueries.all(), 'operations', filters] as const,
      queryFn: ({ signal }) => listOperations(filters, signal),
      staleTime: LONG_LIVED,
    }),
  resources: () =>
    queryOptions({
      queryKey: [...operationQueries.all(), 'resources'] as const,
      queryFn: ({ signal }) => listTraceResources(signal),
      staleTime: LONG_LIVED,
    }),
  users: () =>
    queryOptions({
      queryKey: [...operationQueries.all(), 'users'] as const,
      queryFn: ({ signal }) => listUserResources(signal),
      staleTime: LONG_LIVED,
    }),
};
