import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { useId } from 'react';
import { type Control, Controller } from 'react-hook-form';
import type { ConnectionFormValues } from '@/app/settings/connection-schema';

export const SERVER_CREDENTIALS_LABEL = 'Credentials held by the server';

/**
 * Offered when the console's server holds an AK/SK (its /console-config.json says so): the server
 * then signs every CTS call, and this browser needs no token.
 */
export function CredentialsChoice({ control }: { control: Control<ConnectionFormValues> }) {
  const helpId = useId();
  return (
    <Controller
      name="credentials"
      control={control}
      render={({ field }) => (
        <FormControl component="fieldset">
          <FormLabel component="legend" sx={{ mb: 0.5, fontWeight: 600, color: 'text.primary' }}>
            Credentials
          </FormLabel>
          <RadioGroup {...field} onChange={(_, value) => field.onChange(value)} aria-describedby={helpId}>
            <FormControlLabel value="token" control={<Radio />} label="Token entered in this browser" />
            <FormControlLabel value="server" control={<Radio />} label={SERVER_CREDENTIALS_LABEL} />
          </RadioGroup>
          <FormHelperText id={helpId} sx={{ mx: 0 }}>
            {field.value === 'server'
              ? 'The console’s server signs each call with its access key (AK/SK, SDK-HMAC-SHA256). This browser sends no token; calls go through the console’s proxy.'
              : 'This server holds an access key: it can sign the calls for you, so that no token is needed.'}
          </FormHelperText>
        </FormControl>
      )}
    />
  );
}
