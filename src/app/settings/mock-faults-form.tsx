import { zodResolver } from '@hookform/resolvers/zod';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Slider from '@mui/material/Slider';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { type MockFaults, mockQueries, putMockFaults } from '@/api/mock-control';
import { describeError } from '@/api/errors';
import { FailNextFields } from '@/app/settings/fail-next-fields';
import {
  type FaultsFormValues,
  MAX_LATENCY_MS,
  describeFaults,
  faultsFormSchema,
  toFaultsFormValues,
  toMockFaults,
} from '@/app/settings/mock-faults-schema';
import { ErrorPanel } from '@/components/error-panel';
import { useT } from '@/i18n/use-t';

interface MockFaultsFormProps {
  faults: MockFaults;
  /** The one-shot failure that was armed and has since been used up by a request. */
  fired: MockFaults['fail_next'];
  onApplied: (faults: MockFaults) => void;
}

export function MockFaultsForm({ faults, fired, onApplied }: MockFaultsFormProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const latencyLabelId = useId();
  const errorRateLabelId = useId();
  const { control, handleSubmit, watch } = useForm<FaultsFormValues>({
    resolver: zodResolver(faultsFormSchema),
    defaultValues: toFaultsFormValues(faults),
    mode: 'onTouched',
  });
  const apply = useMutation({
    mutationFn: putMockFaults,
    onSuccess: (applied) => {
      queryClient.setQueryData(mockQueries.state().queryKey, (state) => (state ? { ...state, faults: applied } : state));
      onApplied(applied);
    },
  });
  const failNext = watch('failNext');

  return (
    <Box
      component="form"
      noValidate
      aria-labelledby="mock-faults-heading"
      sx={{ maxWidth: 600 }}
      onSubmit={(event) => void handleSubmit((values) => apply.mutate(toMockFaults(values)))(event)}>
      <Typography id="mock-faults-heading" variant="h3" component="h3">
        {t('settings.faults.heading')}
      </Typography>
      <Typography variant="body2" sx={{ mt: 0.5, mb: 2, color: 'text.secondary' }}>
        {t('settings.faults.now', { faults: describeFaults(faults, t) })}
      </Typography>
      {fired ? (
        <Typography variant="body2" role="status" sx={{ mt: -1.5, mb: 2 }}>
          {t('settings.faults.fired', { status: fired.status, code: fired.error_code })}
        </Typography>
      ) : null}
      <Stack spacing={3}>
        <Controller
          name="latencyMs"
          control={control}
          render={({ field, fieldState }) => (
            <Box>
              <Typography id={latencyLabelId} variant="body2" sx={{ fontWeight: 600 }}>
                {t('settings.faults.latency.label')}
              </Typography>
              <Box sx={{ display: 'flex', gap: 3, alignItems: 'flex-start' }}>
                <Slider
                  aria-labelledby={latencyLabelId}
                  min={0}
                  max={MAX_LATENCY_MS}
                  step={100}
                  value={Number.isFinite(field.value) ? field.value : 0}
                  onChange={(_, value) => field.onChange(value)}
                  getAriaValueText={(value) => t('settings.faults.latency.value', { value })}
                  sx={{ flex: 1, mt: 1 }}
                />
                <TextField
                  label={t('settings.faults.latency.field')}
                  type="number"
                  name={field.name}
                  value={Number.isFinite(field.value) ? field.value : ''}
                  onChange={(event) => field.onChange(event.target.value === '' ? Number.NaN : Number(event.target.value))}
                  onBlur={field.onBlur}
                  inputRef={field.ref}
                  error={fieldState.invalid}
                  helperText={fieldState.error?.message ?? t('settings.faults.latency.range', { max: MAX_LATENCY_MS })}
                  slotProps={{ htmlInput: { min: 0, max: MAX_LATENCY_MS, step: 100 } }}
                  sx={{ width: 160 }}
                />
              </Box>
            </Box>
          )}
        />
        <Controller
          name="errorRatePercent"
          control={control}
          render={({ field }) => (
            <Box>
              <Typography id={errorRateLabelId} variant="body2" sx={{ fontWeight: 600 }}>
                {t('settings.faults.errorRate.label', { value: field.value })}
              </Typography>
              <Slider
                aria-labelledby={errorRateLabelId}
                min={0}
                max={100}
                step={1}
                value={field.value}
                onChange={(_, value) => field.onChange(value)}
                onBlur={field.onBlur}
                getAriaValueText={(value) => `${value} %`}
                valueLabelDisplay="auto"
                valueLabelFormat={(value) => `${value} %`}
                marks={[0, 25, 50, 75, 100].map((value) => ({ value, label: `${value} %` }))}
                sx={{ mt: 1, maxWidth: 'calc(100% - 16px)', mx: 1 }}
              />
            </Box>
          )}
        />
        <Box>
          <Controller
            name="failNext"
            control={control}
            render={({ field }) => (
              <FormControlLabel
                control={<Switch checked={field.value} onChange={(_, checked) => field.onChange(checked)} />}
                label={t('settings.faults.failNext')}
              />
            )}
          />
          {failNext ? <FailNextFields control={control} /> : null}
        </Box>
        {apply.isError ? <ErrorPanel {...describeError(apply.error)} title={t('settings.faults.applyFailed')} /> : null}
        <Box>
          <Button type="submit" variant="contained" loading={apply.isPending}>
            {t('settings.faults.apply')}
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}
