import type { CatalogService, CatalogTrace } from '@/api/catalog/catalog-types';
import { csbsCatalog } from '@/api/catalog/csbs-data';
import { ecsCatalog } from '@/api/catalog/ecs-data';
import { imsCatalog } from '@/api/catalog/ims-data';
import { modelArtsCatalog } from '@/api/catalog/modelarts-data';
import { referenceCatalogs } from '@/api/catalog/reference-data';

export interface CatalogTraceMatch {
  service_type: string;
  resource_type: string;
  trace: CatalogTrace;
}

/** `/operations` item shape (L2805–2807). */
export interface CatalogOperation {
  service_type: string;
  resource_type: string;
  operation_list: string[];
}

/** `/resources` item shape (L3220–3221). */
export interface CatalogResource {
  service_type: string;
  resource: string[];
}

export const catalog: readonly CatalogService[] = [
  ecsCatalog,
  imsCatalog,
  csbsCatalog,
  modelArtsCatalog,
  ...referenceCatalogs,
].sort((a, b) => (a.service_type < b.service_type ? -1 : a.service_type > b.service_type ? 1 : 0));

const noNames: readonly string[] = [];

// Keys join service and resource type with a character neither can contain.
const pairKey = (serviceType: string, resourceType: string): string =>
  `${serviceType}\u0000${resourceType}`;
const tripleKey = (serviceType: string, resourceType: string, traceName: string): string =>
  `${pairKey(serviceType, resourceType)}\u0000${traceName}`;

const serviceTypes: readonly string[] = catalog.map((service) => service.service_type);
const resourceTypesByService = new Map<string, readonly string[]>();
const traceNamesByPair = new Map<string, readonly string[]>();
const traceByTriple = new Map<string, CatalogTrace>();
const matchesByTraceName = new Map<string, CatalogTraceMatch[]>();

for (const service of catalog) {
  resourceTypesByService.set(
    service.service_type,
    service.resource_types.map((rt) => rt.resource_type),
  );
  for (const rt of service.resource_types) {
    traceNamesByPair.set(
      pairKey(service.service_type, rt.resource_type),
      rt.traces.map((trace) => trace.trace_name),
    );
    for (const trace of rt.traces) {
      traceByTriple.set(tripleKey(service.service_type, rt.resource_type, trace.trace_name), trace);
      const match = { service_type: service.service_type, resource_type: rt.resource_type, trace };
      const matches = matchesByTraceName.get(trace.trace_name);
      if (matches) {
        matches.push(match);
      } else {
        matchesByTraceName.set(trace.trace_name, [match]);
      }
    }
  }
}

/** Service types, sorted. Service types are compared exactly (spec-notes choice 7). */
export function listServiceTypes(): readonly string[] {
  return serviceTypes;
}

/** Resource types of a service, in catalog order; empty for an unknown service. */
export function listResourceTypes(serviceType: string): readonly string[] {
  return resourceTypesByService.get(serviceType) ?? noNames;
}

/** Trace names of a resource type, in catalog order; empty when unknown. */
export function listTraceNames(serviceType: string, resourceType: string): readonly string[] {
  return traceNamesByPair.get(pairKey(serviceType, resourceType)) ?? noNames;
}

/** Every place a trace name appears (it can serve several services or resource types). */
export function findTrace(traceName: string): readonly CatalogTraceMatch[] {
  return matchesByTraceName.get(traceName) ?? [];
}

/** The catalog entry of one trace name, or undefined when the catalog does not list it. */
export function describeTrace(
  serviceType: string,
  resourceType: string,
  traceName: string,
): CatalogTrace | undefined {
  return traceByTriple.get(tripleKey(serviceType, resourceType, traceName));
}

/**
 * The `/operations` response items. Resource types without trace names (CTS `trace`) are left
 * out, as in the reference's example, which lists CTS tracker and notification only (L2870–2879).
 */
export function catalogOperations(): CatalogOperation[] {
  return catalog.flatMap((service) =>
    service.resource_types
      .filter((rt) => rt.traces.length > 0)
      .map((rt) => ({
        service_type: service.service_type,
        resource_type: rt.resource_type,
        operation_list: rt.traces.map((trace) => trace.trace_name),
      })),
  );
}

/** The `/resources` response items: every resource type of every service (L3286–3289). */
export function catalogResources(): CatalogResource[] {
  return catalog.map((service) => ({
    service_type: service.service_type,
    resource: service.resource_types.map((rt) => rt.resource_type),
  }));
}
