import type { CatalogService } from '@/api/catalog/catalog-types';

// Transcribed from seeds/002, tables 1–5 (data management, development environment, training jobs,
// AI application management, service management), in document order. Trace names verbatim, typos
// included (`restartModelArtsgTensorboardJob`); `change_instance_status` serves two operations.
// Service type: neither the seed nor the reference spells an acronym for ModelArts; the seed names
// the service "ModelArts", so that is the service type (spec-notes choice 7: service types are
// validated against this catalog, not an uppercase regex).
export const modelArtsCatalog: CatalogService = {
  service_type: 'ModelArts',
  name: 'ModelArts',
  source: 'seeds/002 (ModelArts catalog)',
  resource_types: [
    {
      resource_type: 'dataset',
      traces: [
        { trace_name: 'createDataset', operations: ['Creating a dataset'] },
        { trace_name: 'deleteDataset', operations: ['Deleting a dataset'] },
        { trace_name: 'updateDataset', operations: ['Updating a dataset'] },
        { trace_name: 'publishDatasetVersion', operations: ['Publishing a version of a dataset'] },
        { trace_name: 'deleteDatasetVersion', operations: ['Deleting a dataset version'] },
        { trace_name: 'syncDataSource', operations: ['Synchronizing the data source'] },
        { trace_name: 'exportDataFromDataset', operations: ['Exporting a dataset'] },
        { trace_name: 'importSamplesToDataset', operations: ['Importing samples to a dataset'] },
        { trace_name: 'createLabel', operations: ['Creating a dataset label'] },
        { trace_name: 'updateLabel', operations: ['Updating a dataset label'] },
        { trace_name: 'deleteLabel', operations: ['Deleting a dataset label'] },
        { trace_name: 'deleteLabelWithSamples', operations: ['Deleting a dataset label and its samples'] },
        { trace_name: 'uploadSamples', operations: ['Adding samples'] },
        { trace_name: 'deleteSamples', operations: ['Deleting samples'] },
      ],
    },
    {
      resource_type: 'Notebook',
      traces: [
        { trace_name: 'create_instance', operations: ['Creating a notebook instance'] },
        { trace_name: 'delete_instance', operations: ['Deleting a notebook instance'] },
        { trace_name: 'change_instance_status', operations: ['Starting a notebook instance', 'Stopping a notebook instance'] },
      ],
    },
    {
      resource_type: 'ModelArtsTrainJob',
      traces: [
        { trace_name: 'createModelArtsTrainJob', operations: ['Creating a training job'] },
        { trace_name: 'createModelArtsTrainVersion', operations: ['Creating a version of a training job'] },
        { trace_name: 'stopModelArtsTrainVersion', operations: ['Stopping a training job'] },
        { trace_name: 'updateModelArtsTrainDesc', operations: ['Modifying the description of a training job'] },
        { trace_name: 'deleteModelArtsTrainVersion', operations: ['Deleting a training job version'] },
        { trace_name: 'deleteModelArtsTrainJob', operations: ['Deleting a training job'] },
      ],
    },
    {
      resource_type: 'ModelArtsTrainConfig',
      traces: [
        { trace_name: 'createModelArtsTrainConfig', operations: ['Creating a training job configuration'] },
        { trace_name: 'updateModelArtsTrainConfig', operations: ['Modifying a training job configuration'] },
        { trace_name: 'deleteModelArtsTrainConfig', operations: ['Deleting a training job configuration'] },
      ],
    },
    {
      resource_type: 'ModelArtsTensorboardJob',
      traces: [
        { trace_name: 'createModelArtsTensorboardJob', operations: ['Creating a visualization job'] },
        { trace_name: 'deleteModelArtsTensorboardJob', operations: ['Deleting a visualization job'] },
        { trace_name: 'updateModelArtsTensorboardDesc', operations: ['Modifying the description of a visualization job'] },
        { trace_name: 'stopModelArtsTensorboardJob', operations: ['Stopping a visualization job'] },
        { trace_name: 'restartModelArtsgTensorboardJob', operations: ['Restarting a visualization job'] },
      ],
    },
    {
      resource_type: 'model',
      traces: [
        { trace_name: 'addModel', operations: ['Creating an AI application'] },
        { trace_name: 'updateModel', operations: ['Updating an AI application'] },
        { trace_name: 'deleteModel', operations: ['Deleting an AI application'] },
      ],
    },
    {
      resource_type: 'convert',
      traces: [
        { trace_name: 'addConvert', operations: ['Adding a model conversion task'] },
        { trace_name: 'updateConvert', operations: ['Updating a model conversion task'] },
        { trace_name: 'deleteConvert', operations: ['Deleting a model conversion task'] },
      ],
    },
    {
      resource_type: 'service',
      traces: [
        { trace_name: 'addService', operations: ['Deploying a model as a service'] },
        { trace_name: 'deleteService', operations: ['Deleting a service'] },
        { trace_name: 'updateService', operations: ['Updating a service'] },
        { trace_name: 'startOrStopService', operations: ['Starting/stopping a service'] },
        { trace_name: 'addAkSk', operations: ['Adding an access key'] },
        { trace_name: 'deleteAkSk', operations: ['Deleting an access key'] },
      ],
    },
    {
      resource_type: 'cluster',
      traces: [
        { trace_name: 'createCluster', operations: ['Creating a dedicated resource pool'] },
        { trace_name: 'deleteCluster', operations: ['Deleting a dedicated resource pool'] },
        { trace_name: 'addClusterNode', operations: ['Adding a node to a dedicated resource pool'] },
        { trace_name: 'deleteClusterNode', operations: ['Deleting a node from a dedicated resource pool'] },
        { trace_name: 'createClusterResult', operations: ['Getting a result from the dedicated resource pool creation'] },
      ],
    },
  ],
};
