import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { useId } from 'react';
import { type Control, Controller } from 'react-hook-form';
import type { ConnectionFormValues } from '@/app/settings/connection-schema';
import { useT } from '@/i18n/use-t';

/**
 * Offered when the console's server holds an AK/SK (its /console-config.json says so): the server
 * then signs every CTS call, and this browser needs no token.
 */
export function CredentialsChoice({ control }: { control: Control<ConnectionFormValues> }) {
  const t = useT();
  const helpId = useId();
  return (
    <Controller
      name="credentials"
      control={control}
      render={({ field }) => (
        <FormControl component="fieldset">
          <FormLabel component="legend" sx={{ mb: 0.5, fontWeight: 600, color: 'text.primary' }}>
            {t('settings.credentials.legend')}
          </FormLabel>
          <RadioGroup {...field} onChange={(_, value) => field.onChange(value)} aria-describedby={helpId}>
            <FormControlLabel value="token" control={<Radio />} label={t('settings.credentials.token')} />
            <FormControlLabel value="server" control={<Radio />} label={t('settings.credentials.server')} />
          </RadioGroup>
          <FormHelperText id={helpId} sx={{ mx: 0 }}>
            {t(field.value === 'server' ? 'settings.credentials.serverHelp' : 'settings.credentials.tokenHelp')}
          </FormHelperText>
        </FormControl>
      )}
    />
  );
}
