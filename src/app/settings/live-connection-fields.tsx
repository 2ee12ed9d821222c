import VisibilityIcon from '@mui/icons-material/Visibility';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOff';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { type Control, Controller, useWatch } from 'react-hook-form';
import { consoleConfigQueries } from '@/api/console-config';
import type { ConnectionFormValues } from '@/app/settings/connection-schema';
import { CredentialsChoice } from '@/app/settings/credentials-choice';

type TextFieldName = 'endpoint' | 'region' | 'projectId' | 'domainId';

const TEXT_FIELDS: readonly { name: TextFieldName; label: string; helper: string; placeholder?: string }[] = [
  {
    name: 'endpoint',
    label: 'Endpoint URL',
    helper: 'The CTS endpoint of the region, or the mock server (npm run mock:server).',
    placeholder: 'https://cts.ap-southeast-1.myhuaweicloud.com',
  },
  {
    name: 'region',
    label: 'Region',
    helper: 'Used as bucket_location by the bucket check.',
    placeholder: 'ap-southeast-1',
  },
  { name: 'projectId', label: 'Project ID', helper: 'The project of the region; most calls are scoped to it.' },
  {
    name: 'domainId',
    label: 'Account (domain) ID',
    helper: 'Used by the account-scoped calls (bucket check, traced resources).',
  },
];

function TokenField({ control }: { control: Control<ConnectionFormValues> }) {
  const [visible, setVisible] = useState(false);
  return (
    <Controller
      name="token"
      control={control}
      render={({ field: { ref, ...field }, fieldState }) => (
        <TextField
          {...field}
          inputRef={ref}
          label="IAM token"
          type={visible ? 'text' : 'password'}
          autoComplete="off"
          error={fieldState.invalid}
          helperText={
            fieldState.error?.message ??
            'Sent as X-Auth-Token. Kept for this browser session only (sessionStorage), never in the URL.'
          }
          fullWidth
          slotProps={{
            htmlInput: { spellCheck: false },
            input: {
              endAdornment: (
                <InputAdornment position="end">
                  <IconButton
                    edge="end"
                    size="small"
                    aria-label={visible ? 'Hide token' : 'Show token'}
                    onClick={() => setVisible((shown) => !shown)}
                  >
                    {visible ? <VisibilityOffIcon fontSize="small" /> : <VisibilityIcon fontSize="small" />}
                  </IconButton>
                </InputAdornment>
              ),
            },
          }}
        />
      )}
    />
  );
}

/** Where and as whom the console calls a real CTS endpoint. */
export function LiveConnectionFields({ control }: { control: Control<ConnectionFormValues> }) {
  const proxyHelpId = useId();
  const { data: config } = useQuery(consoleConfigQueries.config());
  const serverSigns = useWatch({ control, name: 'credentials' }) === 'server';
  return (
    <Stack spacing={2.5}>
      {TEXT_FIELDS.map(({ name, label, helper, placeholder }) => (
        <Controller
          key={name}
          name={name}
          control={control}
          render={({ field: { ref, ...field }, fieldState }) => (
            <TextField
              {...field}
              inputRef={ref}
              label={label}
              required
              placeholder={placeholder}
              error={fieldState.invalid}
              helperText={fieldState.error?.message ?? helper}
              fullWidth
              slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'off' } }}
            />
          )}
        />
      ))}
      {config?.serverCredentials || serverSigns ? <CredentialsChoice control={control} /> : null}
      {serverSigns ? null : <TokenField control={control} />}
      {serverSigns ? null : (
        <Controller
          name="useProxy"
          control={control}
          render={({ field }) => (
            <div>
              <FormControlLabel
                control={
                  <Switch
                    checked={field.value}
                    onChange={(_, checked) => field.onChange(checked)}
                    onBlur={field.onBlur}
                    slotProps={{ input: { ref: field.ref, 'aria-describedby': proxyHelpId } }}
                  />
                }
                label="Send requests through the console's proxy"
              />
              <FormHelperText id={proxyHelpId} sx={{ mt: 0, ml: 6 }}>
                For endpoints that send no CORS headers. Works with npm run serve, npm run dev and npm run preview.
              </FormHelperText>
            </div>
          )}
        />
      )}
    </Stack>
  );
}
