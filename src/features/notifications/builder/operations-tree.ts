import { catalog, describeTrace } from '@/api/catalog/catalog';
import type { CatalogTrace } from '@/api/catalog/catalog-types';
import type { TraceOperation } from '@/api/contract/types';
import type { Translate } from '@/i18n/message-id';
import { type OperationChoice, operationKey } from '@/features/notifications/builder/notification-form-model';

/** The account's operations as the picker shows them: services → resource types → trace names. */
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

const SERVICE_NAMES = new Map(catalog.map((service) => [service.service_type, service.name]));

/**
 * The tree of what CTS lists for the account (`/operations`); the bundled catalog only adds the
 * service's full name and what each trace name stands for, where it knows them. A resource type
 * without trace names offers nothing to choose; a field CTS leaves out counts as empty.
 */
export function buildTree(operations: readonly Partial<TraceOperation>[]): TreeService[] {
  const services = new Map<string, TreeService>();
  for (const { service_type: serviceType, resource_type: resourceType, operation_list: traceNames } of operations) {
    if (!serviceType || !resourceType || !traceNames?.length) {
      continue;
    }
    let service = services.get(serviceType);
    if (!service) {
      service = { service_type: serviceType, name: SERVICE_NAMES.get(serviceType) ?? serviceType, resource_types: [] };
      services.set(serviceType, service);
    }
    let node = service.resource_types.find((rt) => rt.resource_type === resourceType);
    if (!node) {
      node = { service_type: serviceType, resource_type: resourceType, traces: [] };
      service.resource_types.push(node);
    }
    for (const traceName of new Set(traceNames)) {
      if (!node.traces.some((trace) => trace.trace_name === traceName)) {
        node.traces.push({ trace_name: traceName, operations: describeTrace(serviceType, resourceType, traceName)?.operations ?? [] });
      }
    }
  }
  return [...services.values()].sort((a, b) => a.service_type.localeCompare(b.service_type, 'en', { sensitivity: 'base' }));
}

/** Words of a search, each to be found somewhere: "delete server" finds `deleteServer` and "Deleting a server". */
function searchWords(search: string): string[] {
  return search.toLowerCase().split(/\s+/).filter(Boolean);
}

function matchesAll(words: readonly string[], texts: readonly string[]): boolean {
  const haystack = texts.join(' ').toLowerCase();
  return words.every((word) => haystack.includes(word));
}

/**
 * The tree narrowed to a search: a trace name stays when every word of the search is found in its
 * service (type or name), resource type, trace name or the operations it stands for.
 */
export function filterTree(tree: readonly TreeService[], search: string): readonly TreeService[] {
  const words = searchWords(search);
  if (words.length === 0) {
    return tree;
  }
  return tree.flatMap((service) => {
    const resourceTypes = service.resource_types.flatMap((rt) => {
      const traces = rt.traces.filter((trace) =>
        matchesAll(words, [service.service_type, service.name, rt.resource_type, trace.trace_name, ...trace.operations]),
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

export function describeCount(choices: readonly OperationChoice[], t: Translate): string {
  const services = new Set(choices.map((choice) => choice.service_type)).size;
  return t('notifications.operations.count', { count: choices.length, services });
}
