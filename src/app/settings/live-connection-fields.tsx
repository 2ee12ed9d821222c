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
import type { MessageId } from '@/i18n/message-id';
import { useT } from '@/i18n/use-t';

type TextFieldName = 'endpoint' | 'region' | 'projectId' | 'domainId';

const TEXT_FIELDS: readonly { name: TextFieldName; label: MessageId; helper: MessageId; placeholder?: string }[] = [
  {
    name: 'endpoint',
    label: 'settings.live.endpoint.label',
    helper: 'settings.live.endpoint.helper',
    placeholder: 'https://cts.ap-southeast-1.myhuaweicloud.com',
  },
  {
    name: 'region',
    label: 'settings.live.region.label',
    helper: 'settings.live.region.helper',
    placeholder: 'ap-southeast-1',
  },
  { name: 'projectId', label: 'settings.live.projectId.label', helper: 'settings.live.projectId.helper' },
  { name: 'domainId', label: 'settings.live.domainId.label', helper: 'settings.live.domainId.helper' },
];

function TokenField({ control }: { control: Control<ConnectionFormValues> }) {
  const t = useT();
  const [visible, setVisible] = useState(false);
  return (
    <Controller
      name="token"
      control={control}
      render={({ field: { ref, ...field }, fieldState }) => (
        <TextField
          {...field}
          inputRef={ref}
          label={t('settings.live.token.label')}
          type={visible ? 'text' : 'password'}
          autoComplete="off"
          error={fieldState.invalid}
          helperText={
            fieldState.error?.message ?? t('settings.live.token.helper')
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
                    aria-label={t(visible ? 'settings.live.token.hide' : 'settings.live.token.show')}
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
  const t = useT();
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
              label={t(label)}
              required
              placeholder={placeholder}
              error={fieldState.invalid}
              helperText={fieldState.error?.message ?? t(helper)}
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
                label={t('settings.live.proxy.label')}
              />
              <FormHelperText id={proxyHelpId} sx={{ mt: 0, ml: 6 }}>
                {t('settings.live.proxy.helper')}
              </FormHelperText>
            </div>
          )}
        />
      )}
    </Stack>
  );
}
