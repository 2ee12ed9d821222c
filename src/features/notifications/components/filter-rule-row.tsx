import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { type Control, Controller, useWatch } from 'react-hook-form';
import type { FilterField } from '@/api/contract/types';
import { TRACE_RATINGS, FILTER_FIELDS, FILTER_OPERATORS, FILTER_TRACE_TYPES } from '@/api/contract/enums';
import type { NotificationFormValues } from '@/features/notifications/builder/notification-form-model';
import { useT } from '@/i18n/use-t';

/** Fields whose values are a closed list (L797) get a pick list instead of free text. */
const PICK_LISTS: Partial<Record<FilterField, readonly string[]>> = {
  trace_rating: TRACE_RATINGS,
  trace_type: FILTER_TRACE_TYPES,
};

interface FilterRuleRowProps {
  control: Control<NotificationFormValues>;
  index: number;
  onRemove: () => void;
  /** The field changed: the row may need its value cleared. */
  onFieldChange: (previous: FilterField, next: FilterField) => void;
}

export function FilterRuleRow({ control, index, onRemove, onFieldChange }: FilterRuleRowProps) {
  const t = useT();
  const row = useWatch({ control, name: `filterRules.${index}` });
  const position = index + 1;
  const remove = (
    <IconButton aria-label={t('notifications.filter.remove', { position })} onClick={onRemove}>
      <DeleteOutlineIcon />
    </IconButton>
  );
  if (row.kind === 'raw') {
    // Written by another client and not readable here: shown as is, sent back unchanged.
    return (
      <Box component="li" sx={{ listStyle: 'none', display: 'flex', gap: 1, alignItems: 'flex-start' }}>
        <Alert severity="warning" variant="outlined" sx={{ flex: 1 }}>
          <Box component="code" sx={{ display: 'block', overflowWrap: 'anywhere', fontWeight: 600 }} aria-label={t('notifications.filter.readOnly', { position })}>
            {row.text}
          </Box>
          {t('notifications.filter.unreadable', { reason: row.reason })}
        </Alert>
        {remove}
      </Box>
    );
  }
  const pickList = PICK_LISTS[row.field];
  // "Anything but success" written as `code != 200` also catches the other 2xx successes.
  const otherSuccesses =
    row.field === 'code' && row.operator === '!=' && row.value.trim() === '200'
      ? t('notifications.filter.otherSuccesses')
      : undefined;
  return (
    <Box component="li" sx={{ listStyle: 'none', display: 'grid', gridTemplateColumns: { xs: '1fr 120px auto', sm: '180px 120px 1fr auto' }, gap: 1, alignItems: 'start' }}>
      <Controller
        control={control}
        name={`filterRules.${index}.field`}
        render={({ field }) => (
          <TextField
            select
            size="small"
            label={t('notifications.filter.field', { position })}
            name={field.name}
            inputRef={field.ref}
            value={field.value}
            onBlur={field.onBlur}
            onChange={(event) => {
              const next = event.target.value as FilterField;
              field.onChange(next);
              onFieldChange(row.field, next);
            }}
          >
            {FILTER_FIELDS.map((name) => (
              <MenuItem key={name} value={name}>
                {name}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      <Controller
        control={control}
        name={`filterRules.${index}.operator`}
        render={({ field }) => (
          <TextField select size="small" label={t('notifications.filter.operator', { position })} {...field}>
            {FILTER_OPERATORS.map((operator) => (
              <MenuItem key={operator} value={operator}>
                {operator}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      <Controller
        control={control}
        name={`filterRules.${index}.value`}
        render={({ field, fieldState }) => (
          <TextField
            {...field}
            select={pickList !== undefined}
            size="small"
            label={t('notifications.filter.value', { position })}
            error={fieldState.error !== undefined}
            helperText={fieldState.error?.message ?? otherSuccesses}
            sx={{ gridColumn: { xs: '1 / 3', sm: 'auto' }, '& .MuiFormHelperText-root:not(.Mui-error)': { color: 'warning.main' } }}
          >
            {(pickList ?? []).map((value) => (
              <MenuItem key={value} value={value}>
                {value}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      {remove}
    </Box>
  );
}
