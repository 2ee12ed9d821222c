import { describeTrace } from '@/api/catalog/catalog';
import type { TraceOperation, TraceResource } from '@/api/contract/types';
import type { MessageId } from '@/i18n/message-id';

/** A trace name as the picker offers it: where it belongs, and the operation(s) it stands for. */
export interface TraceNameOption {
  trace_name: string;
  service_type: string;
  resource_type: string;
  /** From the catalog, e.g. "Creating an ECS"; empty when the catalog does not list it. */
  operation: string;
}

export function serviceOptions(resources: readonly TraceResource[]): string[] {
  return [...new Set(resources.map((resource) => resource.service_type))].sort((a, b) => a.localeCompare(b));
}

/** Resource types whose names do not say what they hold, explained beside them in the picker (from the ECS catalog). */
export const RESOURCE_TYPE_NOTES: Readonly<Partial<Record<string, MessageId>>> = {
  ecs: 'traces.filters.resourceTypeNote.ecs',
  server: 'traces.filters.resourceTypeNote.server',
  aei: 'traces.filters.resourceTypeNote.aei',
};

export function resourceTypeOptions(resources: readonly TraceResource[], serviceType: string | undefined): string[] {
  const types = resources.filter((resource) => !serviceType || resource.service_type === serviceType).flatMap((resource) => resource.resource);
  return [...new Set(types)].sort((a, b) => a.localeCompare(b));
}

/** Every trace name of the operations listed, once per service and resource type it belongs to. */
export function traceNameOptions(operations: readonly TraceOperation[]): TraceNameOption[] {
  return operations
    .flatMap((operation) =>
      operation.operation_list.map((traceName) => ({
        trace_name: traceName,
        service_type: operation.service_type,
        resource_type: operation.resource_type,
        operation: describeTrace(operation.service_type, operation.resource_type, traceName)?.operations.join('; ') ?? '',
      })),
    )
    .sort((a, b) => a.trace_name.localeCompare(b.trace_name) || a.service_type.localeCompare(b.service_type));
}
