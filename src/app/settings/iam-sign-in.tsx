import { zodResolver } from '@hookform/resolvers/zod';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useMutation } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { type Connection, getConnection } from '@/api/connection';
import { describeError, isApiError } from '@/api/errors';
import { signInWithPassword } from '@/api/iam';
import { HUAWEI_REGIONS, regionOfEndpoint } from '@/api/regions';
import { type IamSignInValues, connectionOfSignIn, iamSignInSchema, mfaOf, signInEndpoints } from '@/app/settings/iam-sign-in-schema';
import { translatedRegionLabel } from '@/app/settings/region-label';
import { ErrorPanel } from '@/components/error-panel';
import type { MessageId } from '@/i18n/message-id';
import { useT } from '@/i18n/use-t';

function initialValues(connection: Connection): IamSignInValues {
  const knownRegion = regionOfEndpoint(connection.endpoint);
  const custom = connection.endpoint !== '' && knownRegion === undefined;
  const [userName = '', domainName = ''] = connection.signedInAs.split(' @ ');
  return {
    region: knownRegion ?? (HUAWEI_REGIONS.some((region) => region.id === connection.region) ? connection.region : 'ap-southeast-1'),
    endpointKind: custom ? 'custom' : 'region',
    customEndpoint: custom ? connection.endpoint : '',
    domainName,
    userName,
    password: '',
    useProxy: connection.mode === 'live' ? connection.useProxy : true,
    mfa: false,
    mfaUserId: '',
    mfaCode: '',
  };
}

interface IamSignInProps {
  /** Called with the new connection once IAM has issued a token; the caller saves it and moves on. */
  onSignedIn: (connection: Connection) => void;
}

/** Sign in with an IAM user's password: the token comes from IAM, the password is sent once and kept nowhere. */
export function IamSignIn({ onSignedIn }: IamSignInProps) {
  const t = useT();
  const { control, handleSubmit, watch, resetField } = useForm<IamSignInValues>({
    resolver: zodResolver(iamSignInSchema),
    defaultValues: initialValues(getConnection()),
    mode: 'onTouched',
  });
  const endpointKind = watch('endpointKind');
  const mfa = watch('mfa');
  const signIn = useMutation({
    mutationFn: async (values: IamSignInValues) => {
      const session = await signInWithPassword({ ...values, iamEndpoint: signInEndpoints(values).iam, mfa: mfaOf(values) });
      return connectionOfSignIn(values, session);
    },
    onSuccess: onSignedIn,
    // The password and the one-time code are not kept once used, whatever the answer.
    onSettled: () => {
      resetField('password', { defaultValue: '' });
      resetField('mfaCode', { defaultValue: '' });
    },
  });

  const text = (name: 'domainName' | 'userName' | 'password' | 'customEndpoint' | 'mfaUserId' | 'mfaCode', label: MessageId, helper: MessageId, extra: object = {}, htmlInput: object = {}) => (
    <Controller
      name={name}
      control={control}
      render={({ field: { ref, ...field }, fieldState }) => (
        <TextField
          {...field}
          {...extra}
          inputRef={ref}
          label={t(label)}
          required
          error={fieldState.invalid}
          helperText={fieldState.error?.message ?? t(helper)}
          fullWidth
          slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'off', ...htmlInput } }}
        />
      )}
    />
  );

  const toggle = (name: 'mfa' | 'useProxy', label: MessageId) => (
    <Controller
      name={name}
      control={control}
      render={({ field }) => (
        <FormControlLabel control={<Switch checked={field.value} onChange={(_, checked) => field.onChange(checked)} onBlur={field.onBlur} />} label={t(label)} />
      )}
    />
  );

  return (
    <Box component="form" noValidate aria-label={t('settings.signIn.heading')} onSubmit={(event) => void handleSubmit((values) => signIn.mutate(values))(event)}>
      <Stack spacing={2.5}>
        <Controller
          name="region"
          control={control}
          render={({ field: { ref, ...field }, fieldState }) => (
            <TextField {...field} inputRef={ref} select label={t('settings.signIn.region.label')} required error={fieldState.invalid} helperText={fieldState.error?.message ?? t('settings.signIn.region.helper')}>
              {HUAWEI_REGIONS.map((region) => (
                <MenuItem key={region.id} value={region.id}>
                  {translatedRegionLabel(t, region.id)}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
        <Controller
          name="endpointKind"
          control={control}
          render={({ field }) => (
            <RadioGroup {...field} row aria-label={t('settings.signIn.endpoints.label')} onChange={(_, value) => field.onChange(value)}>
              <FormControlLabel value="region" control={<Radio />} label={t('settings.signIn.endpoints.region')} />
              <FormControlLabel value="custom" control={<Radio />} label={t('settings.signIn.endpoints.custom')} />
            </RadioGroup>
          )}
        />
        {endpointKind === 'custom' ? text('customEndpoint', 'settings.signIn.customEndpoint.label', 'settings.signIn.customEndpoint.helper', { placeholder: 'http://127.0.0.1:9000' }) : null}
        {text('domainName', 'settings.signIn.domainName.label', 'settings.signIn.domainName.helper', { autoComplete: 'organization' })}
        {text('userName', 'settings.signIn.userName.label', 'settings.signIn.userName.helper', { autoComplete: 'username' })}
        {text('password', 'settings.signIn.password.label', 'settings.signIn.password.helper', { type: 'password', autoComplete: 'current-password' })}
        {toggle('mfa', 'settings.signIn.mfa.toggle')}
        {mfa ? (
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            {text('mfaUserId', 'settings.signIn.mfaUserId.label', 'settings.signIn.mfaUserId.helper')}
            {text('mfaCode', 'settings.signIn.mfaCode.label', 'settings.signIn.mfaCode.helper', { autoComplete: 'one-time-code' }, { inputMode: 'numeric', maxLength: 6 })}
          </Stack>
        ) : null}
        {toggle('useProxy', 'settings.signIn.proxy')}
        {signIn.error ? (
          <ErrorPanel
            {...describeError(signIn.error)}
            unauthorized={false}
            title={t('settings.signIn.failed')}
            hint={!mfa && isApiError(signIn.error) && signIn.error.status === 401 ? t('settings.signIn.mfaHint') : undefined}
          />
        ) : null}
        <Box>
          <Button type="submit" variant="contained" loading={signIn.isPending}>
            {t('settings.signIn.submit')}
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}
