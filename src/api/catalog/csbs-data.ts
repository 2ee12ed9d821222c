import type { CatalogService } from '@/api/catalog/catalog-types';

// Transcribed from seeds/003, table 1 ("CSBS operations that can be recorded by CTS").
export const csbsCatalog: CatalogService = {
  service_type: 'CSBS',
  name: 'Cloud Server Backup Service',
  source: 'seeds/003 (CSBS catalog)',
  resource_types: [
    {
      resource_type: 'backupPolicy',
      traces: [
        { trace_name: 'createBackupPolicy', operations: ['Creating a backup policy'] },
        { trace_name: 'updateBackupPolicy', operations: ['Updating a backup policy'] },
        { trace_name: 'deleteBackupPolicy', operations: ['Deleting a backup policy'] },
        { trace_name: 'bindResources', operations: ['Binding resources'] },
        { trace_name: 'batchCreateOrDeleteBackupPolicyTags', operations: ['Batch adding or deleting tags of a backup policy'] },
        { trace_name: 'createBackupPolicyTag', operations: ['Adding a backup policy tag'] },
        { trace_name: 'deleteBackupPolicyTag', operations: ['Deleting a backup policy tag'] },
      ],
    },
    {
      resource_type: 'checkpointItem',
      traces: [
        { trace_name: 'createCheckpoint', operations: ['Executing a backup'] },
        { trace_name: 'restoreCheckpointItem', operations: ['Restoring a backup'] },
        { trace_name: 'deleteCheckpointItem', operations: ['Deleting a backup'] },
        { trace_name: 'batchCreateOrDeleteCheckpointItemTags', operations: ['Batch adding or deleting tags of a backup'] },
        { trace_name: 'createCheckpointItemTag', operations: ['Adding a backup tag'] },
        { trace_name: 'deleteCheckpointItemTag', operations: ['Deleting a backup tag'] },
      ],
    },
    {
      resource_type: 'cloudServer',
      traces: [
        { trace_name: 'backupCloudServer', operations: ['Backing up an ECS'] },
      ],
    },
    {
      resource_type: 'operationLog',
      traces: [
        { trace_name: 'deleteOperationLog', operations: ['Deleting a task'] },
      ],
    },
  ],
};
