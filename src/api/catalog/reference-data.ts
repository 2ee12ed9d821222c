import type { CatalogService } from '@/api/catalog/catalog-types';

// Catalog facts the API reference (seeds/004) gives in its examples. The reference names trace
// names only; the CTS operation descriptions are its own section titles in sentence case (the
// seeds' style); the AOM and VPC descriptions are worded from the trace names, as the reference
// has no title for them.
export const referenceCatalogs: CatalogService[] = [
  {
    // Spelled `cts` in the /operations example (L2872, L2876) but `CTS` everywhere else (L934,
    // L1761, L3288); CTS emits upper case (spec-notes choice 7).
    service_type: 'CTS',
    name: 'Cloud Trace Service',
    source: 'seeds/004 (API reference examples)',
    // Resource types as the /resources example lists them: trace, notification, tracker (L3289).
    resource_types: [
      {
        // Listed as a CTS resource (L3289), but the reference names no trace for it: querying
        // traces (6.2.1, L1576) is a read, and no example records an operation on a trace.
        resource_type: 'trace',
        traces: [],
      },
      {
        resource_type: 'notification',
        traces: [
          // L2878 (/operations example); title L743.
          { trace_name: 'createNotification', operations: ['Creating a key event notification'] },
          // L940, L1194, L1528, L2878; title L1021.
          { trace_name: 'updateNotification', operations: ['Modifying a key event notification'] },
          // L940, L1194, L1528, L2878; title L1280.
          { trace_name: 'deleteNotification', operations: ['Deleting a key event notification'] },
        ],
      },
      {
        resource_type: 'tracker',
        traces: [
          // L936, L1524, L1761, L2874; title L1852.
          { trace_name: 'createTracker', operations: ['Creating a tracker'] },
          // L2874 (/operations example); title L2126.
          { trace_name: 'updateTracker', operations: ['Modifying a tracker'] },
          // L936, L1190, L2874; title L2530.
          { trace_name: 'deleteTracker', operations: ['Deleting a tracker'] },
        ],
      },
    ],
  },
  {
    // Key event notification examples: AOM / pe (L942–944, L995–997, L1196–1198, L1530–1532).
    service_type: 'AOM',
    name: 'Application Operations Management',
    source: 'seeds/004 (API reference examples)',
    resource_types: [
      {
        resource_type: 'pe',
        traces: [
          { trace_name: 'createPolicyGroup', operations: ['Creating a policy group'] },
          { trace_name: 'updatePolicyGroup', operations: ['Updating a policy group'] },
          { trace_name: 'deletePolicyGroup', operations: ['Deleting a policy group'] },
        ],
      },
    ],
  },
  {
    // Trace examples: VPC / eip / deleteEip (L699–703, L1797–1801).
    service_type: 'VPC',
    name: 'Virtual Private Cloud',
    source: 'seeds/004 (API reference examples)',
    resource_types: [
      {
        resource_type: 'eip',
        traces: [{ trace_name: 'deleteEip', operations: ['Deleting an EIP'] }],
      },
    ],
  },
];
