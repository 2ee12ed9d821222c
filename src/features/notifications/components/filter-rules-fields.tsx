import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Switch from '@mui/material/Switch';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { type Control, Controller, type UseFormSetValue, useFieldArray, useFormState, useWatch } from 'react-hook-form';
import type { FilterCondition, FilterField } from '@/api/contract/types';
import { MAX_FILTER_RULES, NOTIFICATION_RULE_MESSAGES } from '@/api/rules/notification-rules';
import { LimitedAddButton } from '@/components/limited-add-button';
import { type NotificationFormValues, newFilterRow } from '@/features/notifications/builder/notification-form-model';
import { FilterRuleRow } from '@/features/notifications/components/filter-rule-row';
import { FILTER_EMPTY_MESSAGE } from '@/features/notifications/builder/notification-schema';
import { useT } from '@/i18n/use-t';

const CLOSED_FIELDS: readonly FilterField[] = ['trace_rating', 'trace_type'];

interface FilterRulesFieldsProps {
  control: Control<NotificationFormValues>;
  setValue: UseFormSetValue<NotificationFormValues>;
}

/** The advanced filter (L792–797): on/off, AND/OR, at most 6 rules (choice 30). */
export function FilterRulesFields({ control, setValue }: FilterRulesFieldsProps) {
  const t = useT();
  const { fields, append, remove } = useFieldArray({ control, name: 'filterRules' });
  const enabled = useWatch({ control, name: 'filterEnabled' });
  const { errors } = useFormState({ control, name: 'filterRules' });
  const atLimit = fields.length >= MAX_FILTER_RULES;
  const listIssue = errors.filterRules?.root?.message ?? errors.filterRules?.message;
  // The console's own rule carries a message ID; the API's rules carry their text.
  const listError = listIssue === FILTER_EMPTY_MESSAGE ? t(FILTER_EMPTY_MESSAGE) : listIssue;

  const changeField = (index: number, previous: FilterField, next: FilterField) => {
    // A value typed for a free-text field means nothing in a pick list, and the reverse.
    if (previous !== next && (CLOSED_FIELDS.includes(previous) || CLOSED_FIELDS.includes(next))) {
      setValue(`filterRules.${index}.value`, '', { shouldDirty: true });
    }
  };

  return (
    <Box role="group" aria-labelledby="filter-title" sx={{ display: 'grid', gap: 1.5 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 1 }}>
        <Typography id="filter-title" variant="subtitle2" component="h3">
          {t('notifications.filter.title')}
        </Typography>
        <Typography variant="body2" role="status" aria-live="polite">
          {t('notifications.filter.count', { count: fields.length, max: MAX_FILTER_RULES })}
        </Typography>
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2 }}>
        <Controller
          control={control}
          name="filterEnabled"
          render={({ field }) => (
            <FormControlLabel
              control={<Switch checked={field.value} onChange={(event) => field.onChange(event.target.checked)} />}
              label={t('notifications.filter.enabled')}
            />
          )}
        />
        <Controller
          control={control}
          name="filterCondition"
          render={({ field }) => (
            <ToggleButtonGroup
              exclusive
              size="small"
              value={field.value}
              aria-label={t('notifications.filter.condition')}
              onChange={(_event, value: FilterCondition | null) => {
                if (value !== null) {
                  field.onChange(value);
                }
              }}
            >
              <ToggleButton value="AND">{t('notifications.filter.and')}</ToggleButton>
              <ToggleButton value="OR">{t('notifications.filter.or')}</ToggleButton>
            </ToggleButtonGroup>
          )}
        />
      </Box>
      {!enabled && fields.length > 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('notifications.filter.off')}
        </Typography>
      ) : null}
      {fields.length > 0 ? (
        <Box component="ol" aria-label={t('notifications.filter.rules')} sx={{ m: 0, p: 0, display: 'grid', gap: 1.5 }}>
          {fields.map((field, index) => (
            <FilterRuleRow
              key={field.id}
              control={control}
              index={index}
              onRemove={() => remove(index)}
              onFieldChange={(previous, next) => changeField(index, previous, next)}
            />
          ))}
        </Box>
      ) : null}
      <LimitedAddButton
        label={t('notifications.filter.add')}
        atLimit={atLimit}
        limitMessage={t(NOTIFICATION_RULE_MESSAGES.filterRuleCount.id)}
        onAdd={() => {
          append(newFilterRow());
          setValue('filterEnabled', true, { shouldDirty: true });
        }}
      />
      {listError ? <FormHelperText error>{listError}</FormHelperText> : null}
    </Box>
  );
}
