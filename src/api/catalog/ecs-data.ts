import type { CatalogService } from '@/api/catalog/catalog-types';

// Transcribed from seeds/001, table 1 ("ECS operations recorded by CTS"). Trace names verbatim; the
// seed's column is headed "Event Name". `aei` (FPGA images) and `server` (spot ECS) are listed by the
// ECS catalog and kept under ECS as the seed has them.
export const ecsCatalog: CatalogService = {
  service_type: 'ECS',
  name: 'Elastic Cloud Server',
  source: 'seeds/001 (ECS catalog)',
  resource_types: [
    {
      resource_type: 'ecs',
      traces: [
        { trace_name: 'createServer', operations: ['Creating an ECS'] },
        { trace_name: 'createServerV2', operations: ['Creating an ECS'] },
        { trace_name: 'deleteServer', operations: ['Deleting an ECS'] },
        { trace_name: 'deleteServerV2', operations: ['Deleting an ECS'] },
        { trace_name: 'startServer', operations: ['Starting an ECS'] },
        { trace_name: 'rebootServer', operations: ['Restarting an ECS'] },
        { trace_name: 'stopServer', operations: ['Stopping an ECS'] },
        { trace_name: 'addNic', operations: ['Adding an ECS NIC'] },
        { trace_name: 'deleteNic', operations: ['Deleting an ECS NIC'] },
        { trace_name: 'attachVolume', operations: ['Attaching a disk'] },
        { trace_name: 'attachVolumeV2', operations: ['Attaching a disk'] },
        { trace_name: 'attachVolume2', operations: ['Attaching a disk (on the EVS console)'] },
        { trace_name: 'detachVolume', operations: ['Detaching a disk'] },
        { trace_name: 'reinstallOs', operations: ['Reinstalling an OS'] },
        { trace_name: 'reinstallOsV2', operations: ['Reinstalling an OS'] },
        { trace_name: 'changeOs', operations: ['Changing an OS'] },
        { trace_name: 'changeOsV2', operations: ['Changing an OS'] },
        { trace_name: 'resizeServer', operations: ['Modifying specifications'] },
        { trace_name: 'addAutoRecovery', operations: ['Enabling automatic recovery on an ECS'] },
        { trace_name: 'deleteAutoRecovery', operations: ['Disabling automatic recovery on an ECS'] },
        { trace_name: 'updateMetadata', operations: ['Updating metadata/Setting metadata of a specified key'] },
        { trace_name: 'setMetadata', operations: ['Setting metadata'] },
        { trace_name: 'deleteMetadata', operations: ['Deleting metadata of a specified key'] },
        { trace_name: 'createSecurityGroup', operations: ['Creating a security group'] },
        { trace_name: 'updateSecurityGroup', operations: ['Updating a security group'] },
        { trace_name: 'addSecurityGroup', operations: ['Adding a security group'] },
        { trace_name: 'removeSecurityGroup', operations: ['Removing a security group'] },
        { trace_name: 'createSgRule', operations: ['Creating a security group rule'] },
        { trace_name: 'deleteSgRule', operations: ['Deleting a security group rule'] },
        { trace_name: 'createFloatingIp', operations: ['Creating a floating IP address'] },
        { trace_name: 'deleteFloatingIp', operations: ['Deleting a floating IP address'] },
      ],
    },
    {
      resource_type: 'aei',
      traces: [
        { trace_name: 'createFpgaImage', operations: ['Creating an FPGA image'] },
        { trace_name: 'deleteFpgaImage', operations: ['Deleting an FPGA image'] },
        { trace_name: 'associateFpgaImage', operations: ['Associating an FPGA image'] },
        { trace_name: 'disassociateFpgaImage', operations: ['Dissociating an FPGA image'] },
        { trace_name: 'registerFpgaImage', operations: ['Registering an FPGA image'] },
      ],
    },
    {
      resource_type: 'server',
      traces: [
        { trace_name: 'interruptServer', operations: ['Interrupting a spot ECS'] },
      ],
    },
  ],
};
