import { zodResolver } from '@hookform/resolvers/zod';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { type Connection, getConnection, saveConnection } from '@/api/connection';
import { useConnection } from '@/app/hooks/use-connection';
import {
  type ConnectionFormValues,
  connectionFormSchema,
  toConnection,
  toFormValues,
} from '@/app/settings/connection-schema';
import { LiveConnectionFields } from '@/app/settings/live-connection-fields';
import { MockAccountSummary } from '@/app/settings/mock-account-summary';
import { reloadAt } from '@/app/settings/page-reload';
import { readStoredLiveFields } from '@/app/settings/stored-live-fields';
import { useT } from '@/i18n/use-t';

function initialValues(connection: Connection): ConnectionFormValues {
  const values = toFormValues(connection);
  return connection.mode === 'mock' ? { ...values, ...readStoredLiveFields(values) } : values;
}

interface ConnectionFormProps {
  /** Called after a save that keeps the mode (a mode change reloads the page instead). */
  onSaved: () => void;
}

export function ConnectionForm({ onSaved }: ConnectionFormProps) {
  const t = useT();
  const connection = useConnection();
  const queryClient = useQueryClient();
  const { control, handleSubmit, watch, reset, formState } = useForm<ConnectionFormValues>({
    resolver: zodResolver(connectionFormSchema),
    defaultValues: initialValues(getConnection()),
    mode: 'onTouched',
  });
  const mode = watch('mode');

  const save = handleSubmit((values) => {
    const modeChanged = values.mode !== getConnection().mode;
    saveConnection(toConnection(values, getConnection()));
    if (modeChanged) {
      // The mock worker starts (or stays out) only at page load.
      reloadAt('/traces');
      return;
    }
    // Cached answers came from the previous endpoint or account.
    queryClient.clear();
    reset(values);
    onSaved();
  });

  return (
    <Box component="form" noValidate onSubmit={(event) => void save(event)} aria-label={t('settings.connection.heading')}>
      <Stack spacing={3}>
        <Controller
          name="mode"
          control={control}
          render={({ field }) => (
            <FormControl component="fieldset">
              <FormLabel component="legend" sx={{ mb: 0.5, fontWeight: 600, color: 'text.primary' }}>
                {t('settings.connection.mode.legend')}
              </FormLabel>
              <RadioGroup {...field} onChange={(_, value) => field.onChange(value)}>
                <FormControlLabel value="mock" control={<Radio />} label={t('settings.connection.mode.mock')} />
                <FormControlLabel value="live" control={<Radio />} label={t('settings.connection.mode.live')} />
              </RadioGroup>
            </FormControl>
          )}
        />
        {mode === 'live' ? (
          <LiveConnectionFields control={control} />
        ) : (
          <Box>
            <Typography variant="body2" sx={{ mb: 1.5, color: 'text.secondary' }}>
              {t('settings.connection.mockIntro')}
            </Typography>
            <MockAccountSummary connection={connection} />
          </Box>
        )}
        <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap' }}>
          <Button type="submit" variant="contained" loading={formState.isSubmitting}>
            {t('settings.connection.save')}
          </Button>
          {mode !== connection.mode ? (
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {t(mode === 'live' ? 'settings.connection.switchToLive' : 'settings.connection.switchToMock')}
            </Typography>
          ) : null}
        </Box>
      </Stack>
    </Box>
  );
}
