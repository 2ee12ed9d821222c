import { zodResolver } from '@hookform/resolvers/zod';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useRef } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { Link as RouterLink, useNavigate } from 'react-router';
import { describeError, isApiError } from '@/api/errors';
import { notificationMutations } from '@/api/notifications';
import { NOTIFICATION_RULE_MESSAGES } from '@/api/rules/notification-rules';
import { ErrorPanel } from '@/components/error-panel';
import { keepEnterInField } from '@/components/keep-enter-in-field';
import { type NotificationFormValues, statusToSave, toCreateRequest, toUpdateRequest } from '@/features/notifications/builder/notification-form-model';
import { AGENCY_NAME } from '@/api/contract/enums';
import { notificationFormSchema } from '@/features/notifications/builder/notification-schema';
import { notificationErrorHint } from '@/features/notifications/builder/server-error-hint';
import { FilterRulesFields } from '@/features/notifications/components/filter-rules-fields';
import { NameAndTypeFields } from '@/features/notifications/components/name-and-type-fields';
import { NotificationPreview } from '@/features/notifications/components/notification-preview';
import { OperationsPicker } from '@/features/notifications/components/operations-picker';
import { RequestBodyPanel } from '@/features/notifications/components/request-body-panel';
import { TopicField } from '@/features/notifications/components/topic-field';
import { UserGroupsFields } from '@/features/notifications/components/user-groups-fields';
import type { SavedNotice } from '@/features/notifications/notification-config';
import { UnsavedChangesGuard } from '@/components/unsaved-changes-guard';
import { useT } from '@/i18n/use-t';

function Section({ children }: { children: ReactNode }) {
  return (
    <Paper variant="outlined" sx={{ p: 2, display: 'grid', gap: 2 }}>
      {children}
    </Paper>
  );
}

interface NotificationFormProps {
  initialValues: NotificationFormValues;
  /** Edit: the notification being replaced (PUT); create otherwise (POST). */
  notificationId?: string;
}

/** The builder, for create and edit alike. */
export function NotificationForm({ initialValues, notificationId }: NotificationFormProps) {
  const t = useT();
  const editing = notificationId !== undefined;
  const form = useForm<NotificationFormValues>({ defaultValues: initialValues, resolver: zodResolver(notificationFormSchema) });
  const { control, handleSubmit, setValue, getValues, formState } = form;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation(notificationMutations.create(queryClient));
  const update = useMutation(notificationMutations.update(queryClient));
  const mutation = editing ? update : create;
  const submitting = useRef(false);
  // Set once saved, so the navigation that follows the save is not held.
  const leavingAfterSave = useRef(false);
  const operationType = useWatch({ control, name: 'operationType' });
  const operations = useWatch({ control, name: 'operations' });

  const onSubmit = handleSubmit(async (values) => {
    // One request per click, whatever the user does while it runs.
    if (submitting.current) {
      return;
    }
    submitting.current = true;
    try {
      const saved = editing ? await update.mutateAsync(toUpdateRequest(values, notificationId)) : await create.mutateAsync(toCreateRequest(values));
      const notice: SavedNotice = { name: values.name, created: !editing, status: saved?.status ?? statusToSave(values) };
      leavingAfterSave.current = true;
      await navigate('/notifications', { state: { saved: notice } });
    } catch {
      // The input stays as typed; the refusal is shown at the top of the form (see server-error-hint).
    } finally {
      submitting.current = false;
    }
  });

  return (
    <Box component="form" noValidate onSubmit={(event) => void onSubmit(event)} onKeyDown={keepEnterInField} aria-label={editing ? t('notifications.form.editLabel') : t('notifications.form.createLabel')} sx={{ display: 'grid', gap: 2, maxWidth: 1040 }}>
      <Section>
        <NameAndTypeFields control={control} />
        {operationType === 'customized' ? (
          <Controller
            control={control}
            name="operations"
            render={({ field, fieldState }) => <OperationsPicker value={field.value} onChange={field.onChange} error={fieldState.error?.message} />}
          />
        ) : null}
      </Section>
      <Section>
        <UserGroupsFields control={control} />
      </Section>
      <Section>
        <TopicField control={control} editing={editing} />
        <Controller
          control={control}
          name="agency"
          render={({ field }) => (
            <FormControlLabel
              control={<Checkbox checked={field.value} onChange={(event) => field.onChange(event.target.checked)} />}
              label={t('notifications.form.agency', { agency: AGENCY_NAME })}
            />
          )}
        />
      </Section>
      <Section>
        <FilterRulesFields control={control} setValue={setValue} />
      </Section>
      <Section>
        <NotificationPreview
          getValues={getValues}
          blockedReason={operationType === 'customized' && operations.length === 0 ? t('notifications.preview.blocked', { reason: t(NOTIFICATION_RULE_MESSAGES.operationsRequired.id) }) : null}
        />
      </Section>
      <RequestBodyPanel control={control} notificationId={notificationId} />
      {mutation.error ? (
        <ErrorPanel
          {...describeError(mutation.error)}
          hint={notificationErrorHint(isApiError(mutation.error) ? mutation.error.code : undefined, t)}
          title={editing ? t('notifications.form.notSaved') : t('notifications.form.notCreated')}
        />
      ) : null}
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        <Button type="submit" variant="contained" loading={mutation.isPending || formState.isSubmitting}>
          {editing ? t('notifications.form.save') : t('notifications.form.create')}
        </Button>
        <Button component={RouterLink} to="/notifications">
          {t('notifications.form.cancel')}
        </Button>
      </Box>
      <UnsavedChangesGuard when={() => formState.isDirty && !leavingAfterSave.current} subject={t('notifications.form.unsavedSubject')} />
    </Box>
  );
}
