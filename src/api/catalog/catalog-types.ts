/** One trace name as the service emits it, with the operation(s) that produce it. */
export interface CatalogTrace {
  trace_name: string;
  /** Operation descriptions, e.g. "Creating an ECS", in order of appearance in the source. */
  operations: string[];
}

export interface CatalogResourceType {
  resource_type: string;
  traces: CatalogTrace[];
}

export interface CatalogService {
  /** Service type as CTS emits it in traces (e.g. "ECS", "ModelArts"). */
  service_type: string;
  /** Service name, e.g. "Elastic Cloud Server". */
  name: string;
  /** Where the entries come from, e.g. "seeds/001 (ECS catalog)". */
  source: string;
  resource_types: CatalogResourceType[];
}
