import type { CatalogService } from '@/api/catalog/catalog-types';

// Transcribed from seeds/000, table 1 ("IMS operations that can be recorded by CTS"). Trace names
// verbatim, typos included (`deleteMemeber`). The seed lists `evs` / `volume_upload_imageVolume`
// (an EVS resource) in the IMS catalog; it stays under IMS as the seed has it.
export const imsCatalog: CatalogService = {
  service_type: 'IMS',
  name: 'Image Management Service',
  source: 'seeds/000 (IMS catalog)',
  resource_types: [
    {
      resource_type: 'ims',
      traces: [
        { trace_name: 'createImage', operations: ['Creating an image from an image file', 'Creating a full-ECS image'] },
        { trace_name: 'updateImage', operations: ['Modifying an image'] },
        { trace_name: 'deleteImage', operations: ['Deleting an image'] },
        { trace_name: 'copyImage', operations: ['Replicating an image'] },
        { trace_name: 'exportImage', operations: ['Exporting an image'] },
        { trace_name: 'addMember', operations: ['Adding a tenant'] },
        { trace_name: 'updateMember', operations: ['Modifying a tenant'] },
        { trace_name: 'deleteMemeber', operations: ['Deleting a tenant'] },
        { trace_name: 'addTag', operations: ['Adding a tag'] },
        { trace_name: 'deleteTag', operations: ['Deleting a tag'] },
        { trace_name: 'batchTagsAction', operations: ['Querying images by tag'] },
      ],
    },
    {
      resource_type: 'evs',
      traces: [
        { trace_name: 'volume_upload_imageVolume', operations: ['Creating an image from an ECS'] },
      ],
    },
  ],
};
