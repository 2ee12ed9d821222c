import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { operationQueries } from '@/api/operations';
import type { Translate } from '@/i18n/message-id';
import { useCatalogTitle, useT } from '@/i18n/use-t';
import { RESOURCE_TYPE_NOTES, type TraceNameOption, resourceTypeOptions, serviceOptions, traceNameOptions } from '@/features/traces/filters/operation-options';

export interface OperationSelection {
  service_type?: string;
  resource_type?: string;
  trace_name?: string;
}

interface OperationPickersProps {
  value: OperationSelection;
  disabledReason?: string;
  onChange: (selection: OperationSelection) => void;
}

/** Under the resource type: what the chosen type holds, or which service's types are offered. */
function resourceTypeHint(value: OperationSelection, t: Translate): string {
  const note = value.resource_type ? RESOURCE_TYPE_NOTES[value.resource_type] : undefined;
  if (note) {
    return t(note);
  }
  return value.service_type ? t('traces.filters.resourceTypesOf', { service: value.service_type }) : t('traces.filters.chooseService');
}

/**
 * Service → resource type → trace name, each narrowing the next: services and resource types from
 * /resources, trace names from /operations with the operation each stands for (the catalog). A
 * trace name chosen alone brings its service and resource type with it.
 */
export function OperationPickers({ value, disabledReason, onChange }: OperationPickersProps) {
  const t = useT();
  const title = useCatalogTitle();
  const resources = useQuery(operationQueries.resources());
  const operations = useQuery(operationQueries.operations({ service_type: value.service_type, resource_type: value.resource_type }));
  const services = useMemo(() => serviceOptions(resources.data ?? []), [resources.data]);
  const types = useMemo(() => resourceTypeOptions(resources.data ?? [], value.service_type), [resources.data, value.service_type]);
  const names = useMemo(() => traceNameOptions(operations.data ?? []), [operations.data]);
  const selectedName = names.find(
    (option) =>
      option.trace_name === value.trace_name &&
      (!value.service_type || option.service_type === value.service_type) &&
      (!value.resource_type || option.resource_type === value.resource_type),
  );
  const disabled = Boolean(disabledReason);
  const helper = (text: string) => disabledReason ?? text;

  return (
    <>
      <Autocomplete
        size="small"
        options={services}
        value={value.service_type ?? null}
        disabled={disabled}
        loading={resources.isPending}
        onChange={(_event, service) => onChange({ service_type: service ?? undefined })}
        renderInput={(params) => <TextField {...params} label={t('traces.criteria.service_type')} helperText={helper(t('traces.filters.serviceHint'))} />}
      />
      <Autocomplete
        size="small"
        options={types}
        value={value.resource_type ?? null}
        disabled={disabled}
        loading={resources.isPending}
        renderOption={({ key, ...props }, type) => {
          const note = RESOURCE_TYPE_NOTES[type];
          return (
            <Box component="li" key={key} {...props} sx={{ display: 'block !important' }}>
              <div>{type}</div>
              {note ? <Box sx={{ typography: 'caption', color: 'text.secondary' }}>{t(note)}</Box> : null}
            </Box>
          );
        }}
        onChange={(_event, type) => {
          const owner = resources.data?.find((resource) => type && resource.resource.includes(type));
          onChange({ service_type: value.service_type ?? owner?.service_type, resource_type: type ?? undefined });
        }}
        renderInput={(params) => (
          <TextField
            {...params}
            label={t('traces.criteria.resource_type')}
            helperText={helper(resourceTypeHint(value, t))}
          />
        )}
      />
      <Autocomplete<TraceNameOption>
        size="small"
        options={names}
        value={selectedName ?? null}
        disabled={disabled}
        loading={operations.isPending}
        getOptionLabel={(option) => option.trace_name}
        getOptionKey={(option) => `${option.service_type}/${option.resource_type}/${option.trace_name}`}
        isOptionEqualToValue={(option, selected) =>
          option.trace_name === selected.trace_name && option.service_type === selected.service_type && option.resource_type === selected.resource_type
        }
        filterOptions={(options, { inputValue }) => {
          const needle = inputValue.trim().toLowerCase();
          return options.filter((option) => !needle || `${option.trace_name} ${option.operation} ${title(option.operation)}`.toLowerCase().includes(needle)).slice(0, 200);
        }}
        onChange={(_event, option) =>
          onChange(
            option
              ? { service_type: option.service_type, resource_type: option.resource_type, trace_name: option.trace_name }
              : { service_type: value.service_type, resource_type: value.resource_type },
          )
        }
        renderOption={({ key, ...props }, option) => (
          <Box component="li" key={key} {...props} sx={{ display: 'block !important' }}>
            <div>{option.trace_name}</div>
            <Box sx={{ typography: 'caption', color: 'text.secondary' }}>
              {option.operation ? title(option.operation) : t('traces.filters.notInCatalog')} · {option.service_type} / {option.resource_type}
            </Box>
          </Box>
        )}
        renderInput={(params) => (
          <TextField
            {...params}
            label={t('traces.criteria.trace_name')}
            helperText={helper(
              selectedName?.operation
                ? t('traces.filters.operationOf', { operation: title(selectedName.operation) })
                : value.trace_name && !selectedName
                  ? t('traces.filters.filteringOn', { name: value.trace_name })
                  : t('traces.filters.searchName'),
            )}
          />
        )}
      />
    </>
  );
}
