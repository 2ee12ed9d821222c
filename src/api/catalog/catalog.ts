import type { CatalogService, CatalogTrace } from '@/api/catalog/catalog-types';
import { csbsCatalog } from '@/api/catalog/csbs-data';
import { ecsCatalog } from '@/api/catalog/ecs-data';
import { imsCatalog } from '@/api/catalog/ims-data';
import { modelArtsCatalog } from '@/api/catalog/modelarts-data';
import { referenceCatalogs } from '@/api/catalog/reference-data';

/** `/operations` item shape (L2805–2807). */
export interface CatalogOperation {
  service_type: string;
  resource_type: string;
  operation_list: string[];
}

export const catalog: readonly CatalogService[] = [
  ecsCatalog,
  imsCatalog,
  csbsCatalog,
  modelArtsCatalog,
  ...referenceCatalogs,
].sort((a, b) => (a.service_type < b.service_type ? -1 : a.service_type > b.service_type ? 1 : 0));

const noNames: readonly string[] = [];

// Keys join service type, resource type and trace name with a character none can contain.
const tripleKey = (serviceType: string, resourceType: string, traceName: string): string =>
  `${serviceType}\u0000${resourceType}\u0000${traceName}`;

const resourceTypesByService = new Map<string, readonly string[]>();
const traceByTriple = new Map<string, CatalogTrace>();

for (const service of catalog) {
  resourceTypesByService.set(
    service.service_type,
    service.resource_types.map((rt) => rt.resource_type),
  );
  for (const rt of service.resource_types) {
    for (const trace of rt.traces) {
      traceByTriple.set(tripleKey(service.service_type, rt.resource_type, trace.trace_name), trace);
    }
  }
}

/**
 * Resource types of a service, in catalog order; empty for an unknown service. Service types are
 * compared exactly (spec-notes choice 7).
 */
export function listResourceTypes(serviceType: string): readonly string[] {
  return resourceTypesByService.get(serviceType) ?? noNames;
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
