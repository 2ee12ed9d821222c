import { catalog, describeTrace } from '@/api/catalog/catalog';
import type { CatalogTrace } from '@/api/catalog/catalog-types';
import { type OperationChoice, operationKey } from '@/features/notifications/builder/notification-form-model';

/** The catalog as the operations picker shows it: services → resource types → trace names. */
export interface TreeResourceType {
  service_type: string;
  resource_type: string;
  traces: CatalogTrace[];
}

export interface TreeService {
  service_type: string;
  name: string;
  resource_types: TreeResourceType[];
}

export type SelectionState = 'all' | 'some' | 'none';

const fullTree: TreeService[] = catalog.map((service) => ({
  service_type: service.service_type,
  name: service.name,
  resource_types: service.resource_types
    // A resource type without trace names (CTS `trace`) offers nothing to choose.
    .filter((rt) => rt.traces.length > 0)
    .map((rt) => ({ service_type: service.service_type, resource_type: rt.resource_type, traces: rt.traces })),
}));

function includes(text: string, query: string): boolean {
  return text.toLowerCase().includes(query);
}

/**
 * The tree narrowed to a search: a matching service keeps all it holds, a matching resource type
 * all its trace names; otherwise only trace names whose name or operation matches remain.
 */
export function filterTree(search: string): TreeService[] {
  const query = search.trim().toLowerCase();
  if (query === '') {
    return fullTree;
  }
  return fullTree.flatMap((service) => {
    if (includes(service.service_type, query) || includes(service.name, query)) {
      return [service];
    }
    const resourceTypes = service.resource_types.flatMap((rt) => {
      if (includes(rt.resource_type, query)) {
        return [rt];
      }
      const traces = rt.traces.filter(
        (trace) => includes(trace.trace_name, query) || trace.operations.some((operation) => includes(operation, query)),
      );
      return traces.length > 0 ? [{ ...rt, traces }] : [];
    });
    return resourceTypes.length > 0 ? [{ ...service, resource_types: resourceTypes }] : [];
  });
}

export function choicesOf(resourceType: TreeResourceType): OperationChoice[] {
  return resourceType.traces.map((trace) => ({
    service_type: resourceType.service_type,
    resource_type: resourceType.resource_type,
    trace_name: trace.trace_name,
  }));
}

export function serviceChoices(service: TreeService): OperationChoice[] {
  return service.resource_types.flatMap(choicesOf);
}

export function selectionState(choices: readonly OperationChoice[], selected: ReadonlySet<string>): SelectionState {
  const count = choices.filter((choice) => selected.has(operationKey(choice))).length;
  return count === 0 ? 'none' : count === choices.length ? 'all' : 'some';
}

/** Select-all of a node: when all it shows are chosen, unchoose them; otherwise choose the rest. */
export function toggleAll(current: readonly OperationChoice[], choices: readonly OperationChoice[]): OperationChoice[] {
  const selected = new Set(current.map(operationKey));
  if (selectionState(choices, selected) === 'all') {
    const removed = new Set(choices.map(operationKey));
    return current.filter((choice) => !removed.has(operationKey(choice)));
  }
  return [...current, ...choices.filter((choice) => !selected.has(operationKey(choice)))];
}

export function toggleOne(current: readonly OperationChoice[], choice: OperationChoice): OperationChoice[] {
  const key = operationKey(choice);
  return current.some((item) => operationKey(item) === key)
    ? current.filter((item) => operationKey(item) !== key)
    : [...current, choice];
}

/** The operation a chosen trace name stands for; undefined when the catalog does not list it. */
export function describeChoice(choice: OperationChoice): string | undefined {
  return describeTrace(choice.service_type, choice.resource_type, choice.trace_name)?.operations.join('; ');
}

export function describeCount(choices: readonly OperationChoice[]): string {
  const services = new Set(choices.map((choice) => choice.service_type)).size;
  const count = choices.length;
  return `${count} operation${count === 1 ? '' : 's'} chosen across ${services} service${services === 1 ? '' : 's'}`;
}
