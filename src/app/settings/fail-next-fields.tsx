import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { type Control, useController } from 'react-hook-form';
import { FAIL_NEXT_PRESETS, FAIL_NEXT_STATUSES, type FaultsFormValues } from '@/app/settings/mock-faults-schema';
import { useT } from '@/i18n/use-t';

/** The one error the mock answers to the next CTS call, with shortcuts for the usual ones. */
export function FailNextFields({ control }: { control: Control<FaultsFormValues> }) {
  const t = useT();
  const presetsLabelId = useId();
  const status = useController({ control, name: 'failStatus' });
  const code = useController({ control, name: 'failCode' });

  return (
    <Box sx={{ pl: { sm: 6 }, mt: 1.5, display: 'grid', gap: 2 }}>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <TextField
          select
          label={t('settings.failNext.status')}
          value={status.field.value}
          onChange={(event) => status.field.onChange(Number(event.target.value))}
          onBlur={status.field.onBlur}
          sx={{ width: 140 }}
        >
          {FAIL_NEXT_STATUSES.map((value) => (
            <MenuItem key={value} value={value}>
              {value}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          name={code.field.name}
          value={code.field.value}
          onChange={code.field.onChange}
          onBlur={code.field.onBlur}
          inputRef={code.field.ref}
          label={t('settings.failNext.code.label')}
          required
          error={code.fieldState.invalid}
          helperText={code.fieldState.error?.message ?? t('settings.failNext.code.helper')}
          slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'characters' } }}
          sx={{ flex: '1 1 220px', maxWidth: 360 }}
        />
      </Box>
      <Box>
        <Typography id={presetsLabelId} variant="body2" sx={{ mb: 0.75, color: 'text.secondary' }}>
          {t('settings.failNext.presets')}
        </Typography>
        <Box role="group" aria-labelledby={presetsLabelId} sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          {FAIL_NEXT_PRESETS.map((preset) => {
            const chosen = status.field.value === preset.status && code.field.value === preset.code;
            return (
              <Chip
                key={`${preset.status}-${preset.code}`}
                label={`${preset.status} ${preset.code} · ${t(preset.meaning)}`}
                variant={chosen ? 'filled' : 'outlined'}
                color={chosen ? 'primary' : 'default'}
                aria-pressed={chosen}
                onClick={() => {
                  status.field.onChange(preset.status);
                  code.field.onChange(preset.code);
                }}
              />
            );
          })}
        </Box>
      </Box>
    </Box>
  );
}
