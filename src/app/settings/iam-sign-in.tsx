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
import { HUAWEI_REGIONS, regionLabel, regionOfEndpoint } from '@/api/regions';
import { type IamSignInValues, connectionOfSignIn, iamSignInSchema, mfaOf, signInEndpoints } from '@/app/settings/iam-sign-in-schema';
import { ErrorPanel } from '@/components/error-panel';

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

  const text = (name: 'domainName' | 'userName' | 'password' | 'customEndpoint' | 'mfaUserId' | 'mfaCode', label: string, helper: string, extra: object = {}, htmlInput: object = {}) => (
    <Controller
      name={name}
      control={control}
      render={({ field: { ref, ...field }, fieldState }) => (
        <TextField
          {...field}
          {...extra}
          inputRef={ref}
          label={label}
          required
          error={fieldState.invalid}
          helperText={fieldState.error?.message ?? helper}
          fullWidth
          slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'off', ...htmlInput } }}
        />
      )}
    />
  );

  const toggle = (name: 'mfa' | 'useProxy', label: string) => (
    <Controller
      name={name}
      control={control}
      render={({ field }) => (
        <FormControlLabel control={<Switch checked={field.value} onChange={(_, checked) => field.onChange(checked)} onBlur={field.onBlur} />} label={label} />
      )}
    />
  );

  return (
    <Box component="form" noValidate aria-label="Sign in with an IAM user" onSubmit={(event) => void handleSubmit((values) => signIn.mutate(values))(event)}>
      <Stack spacing={2.5}>
        <Controller
          name="region"
          control={control}
          render={({ field: { ref, ...field }, fieldState }) => (
            <TextField {...field} inputRef={ref} select label="Region" required error={fieldState.invalid} helperText={fieldState.error?.message ?? 'The token is scoped to this region’s project.'}>
              {HUAWEI_REGIONS.map((region) => (
                <MenuItem key={region.id} value={region.id}>
                  {regionLabel(region.id)}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
        <Controller
          name="endpointKind"
          control={control}
          render={({ field }) => (
            <RadioGroup {...field} row aria-label="Endpoints" onChange={(_, value) => field.onChange(value)}>
              <FormControlLabel value="region" control={<Radio />} label="Huawei Cloud endpoints of the region" />
              <FormControlLabel value="custom" control={<Radio />} label="A custom endpoint (CTS and IAM)" />
            </RadioGroup>
          )}
        />
        {endpointKind === 'custom' ? text('customEndpoint', 'Custom endpoint URL', 'Serves both CTS and IAM, e.g. the mock server (npm run mock:server).', { placeholder: 'http://127.0.0.1:9000' }) : null}
        {text('domainName', 'Account name', 'The Huawei Cloud account (domain) the IAM user belongs to.', { autoComplete: 'organization' })}
        {text('userName', 'IAM user name', 'A HUAWEI ID cannot sign in here: use an IAM user of the account.', { autoComplete: 'username' })}
        {text('password', 'Password', 'Sent once to IAM; never stored.', { type: 'password', autoComplete: 'current-password' })}
        {toggle('mfa', 'This user has login protection with a virtual MFA device')}
        {mfa ? (
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            {text('mfaUserId', 'IAM user ID', 'Shown under My Credentials in the Huawei Cloud console.')}
            {text('mfaCode', 'MFA code', 'The 6 digits your MFA app shows now.', { autoComplete: 'one-time-code' }, { inputMode: 'numeric', maxLength: 6 })}
          </Stack>
        ) : null}
        {toggle('useProxy', "Send requests through the console's proxy (Huawei Cloud endpoints send no CORS headers)")}
        {signIn.error ? (
          <ErrorPanel
            {...describeError(signIn.error)}
            unauthorized={false}
            title="The sign-in failed"
            hint={!mfa && isApiError(signIn.error) && signIn.error.status === 401 ? 'If this user has login protection with a virtual MFA device, turn it on above and enter the user ID and the current code.' : undefined}
          />
        ) : null}
        <Box>
          <Button type="submit" variant="contained" loading={signIn.isPending}>
            Sign in
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}
