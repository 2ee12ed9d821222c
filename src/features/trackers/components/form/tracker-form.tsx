import { zodResolver } from '@hookform/resolvers/zod';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Link as RouterLink } from 'react-router';
import type { Tracker, TrackerType } from '@/api/contract/types';
import { describeError, isApiError } from '@/api/errors';
import { AGENCY_NAME } from '@/api/contract/enums';
import { MANAGEMENT_TRACKER_NAME } from '@/api/rules/trace-query-rules';
import { trackerMutations, trackerQueries } from '@/api/trackers';
import { ErrorPanel } from '@/components/error-panel';
import { keepEnterInField } from '@/components/keep-enter-in-field';
import { CommonFields } from '@/features/trackers/components/form/common-fields';
import { IdentityFields } from '@/features/trackers/components/form/identity-fields';
import { ManagementFields } from '@/features/trackers/components/form/management-fields';
import { RequestPreview } from '@/features/trackers/components/form/request-preview';
import { TrackedBucketFields } from '@/features/trackers/components/form/tracked-bucket-fields';
import { TransferFields } from '@/features/trackers/components/form/transfer-fields';
import { describeBucketConflict, findBucketConflict } from '@/features/trackers/model/bucket-conflicts';
import { placeOfTrackerError } from '@/features/trackers/model/server-error-field';
import { type TrackerFormMode, type TrackerFormValues } from '@/features/trackers/model/tracker-form-model';
import { trackerFormSchema } from '@/features/trackers/model/tracker-form-schema';
import { toCreateRequest, toUpdateRequest } from '@/features/trackers/model/tracker-request';
import { toTagRequest } from '@/features/trackers/model/tag-form';
import { TagFields } from '@/features/trackers/components/form/tag-fields';
import { TagsNotAdded } from '@/features/trackers/components/form/tags-not-added';
import { type CreatedTracker, useTrackerCreation } from '@/features/trackers/hooks/use-tracker-creation';
import { UnsavedChangesGuard } from '@/components/unsaved-changes-guard';
import type { Message } from '@/i18n/message-id';
import { useT } from '@/i18n/use-t';

export interface TrackerFormProps {
  mode: TrackerFormMode;
  initialValues: TrackerFormValues;
  /** The tracker being edited. */
  stored?: Tracker;
  existingNames: readonly string[];
  /** Types that cannot be created, with the reason (a full quota). */
  unavailable?: Partial<Record<TrackerType, Message>>;
  cancelTo: string;
  onSaved: (trackerName: string) => void;
  /** Changes made for the user when the form opens (a posture fix): shown as unsaved edits. */
  changes?: Partial<TrackerFormValues>;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper variant="outlined" component="section" aria-label={title} sx={{ p: { xs: 2, sm: 3 } }}>
      <Typography variant="h2" sx={{ mb: 2 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

/** The one tracker form: create and edit, management and data (STYLE §7). */
export function TrackerForm({ mode, initialValues, stored, existingNames, unavailable = {}, cancelTo, onSaved, changes }: TrackerFormProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const creation = useTrackerCreation();
  const { created } = creation;
  const update = useMutation(trackerMutations.update(queryClient));
  // Once this form has created its tracker, its name is taken by that tracker, not by another.
  const namesTaken = useMemo(() => (created ? existingNames.filter((name) => name !== created.name) : existingNames), [created, existingNames]);
  const schema = useMemo(() => trackerFormSchema({ mode, existingNames: namesTaken }), [mode, namesTaken]);
  const form = useForm<TrackerFormValues>({ resolver: zodResolver(schema), defaultValues: initialValues, mode: 'onTouched' });
  const { control, formState } = form;
  const changesMade = useRef(false);
  useEffect(() => {
    if (changes && !changesMade.current) {
      changesMade.current = true;
      for (const [field, value] of Object.entries(changes) as [keyof TrackerFormValues, TrackerFormValues[keyof TrackerFormValues]][]) {
        form.setValue(field, value, { shouldDirty: true });
      }
    }
  }, [changes, form]);
  const values = useWatch({ control }) as TrackerFormValues;
  const [topError, setTopError] = useState<unknown>(null);
  const [tagError, setTagError] = useState<unknown>(null);
  const saved = useRef(false);
  const submitting = useRef(false);
  const dirty = useRef(false);
  dirty.current = formState.isDirty;
  const hasUnsavedChanges = useCallback(() => dirty.current && !saved.current, []);

  const body = stored ? toUpdateRequest(values, stored) : toCreateRequest(values);

  const submit = form.handleSubmit(async (checked) => {
    // A second click before the first answer must not send a second POST.
    if (submitting.current) {
      return;
    }
    submitting.current = true;
    setTopError(null);
    try {
      let tracker: CreatedTracker | null = null;
      if (stored) {
        await update.mutateAsync(toUpdateRequest(checked, stored));
      } else {
        tracker = await creation.createOnce(toCreateRequest(checked));
      }
      const tags = toTagRequest('add', checked.tags);
      if (tracker && tags.length > 0) {
        try {
          await creation.addTags(tracker, tags);
        } catch (error) {
          // The tracker exists: say so, keep the tags typed, and let them be sent again.
          setTagError(error);
          return;
        }
      }
      saved.current = true;
      onSaved(checked.trackerType === 'system' ? MANAGEMENT_TRACKER_NAME : checked.trackerName);
    } catch (error) {
      const place = placeOfTrackerError(isApiError(error) ? error.code : '', checked);
      if (place === 'top') {
        setTopError(error);
      } else {
        const { code, message } = describeError(error);
        // CTS does not say which tracker has the operation; the console knows its trackers.
        const conflict =
          code === 'CTS.0209'
            ? findBucketConflict(queryClient.getQueryData(trackerQueries.list().queryKey) ?? [], checked.trackedBucket, checked.dataEvents, stored?.tracker_name)
            : null;
        const described = conflict ? describeBucketConflict(conflict, checked.trackedBucket) : null;
        const named = described ? `${message} ${t(described.id, described.values)}` : message;
        form.setError(place, { type: 'server', message: code ? `${code}: ${named}` : named }, { shouldFocus: true });
      }
    } finally {
      submitting.current = false;
    }
  });

  const changeType = (type: TrackerType) => {
    form.setValue('trackerType', type, { shouldDirty: true });
    form.setValue('trackerName', type === 'system' ? MANAGEMENT_TRACKER_NAME : '', { shouldDirty: true });
    form.clearErrors();
    setTopError(null);
  };

  const isData = values.trackerType === 'data';
  // The tracker exists and its tags were refused: only the tags are left to send.
  const tagsOnly = created !== null && tagError !== null;
  const busy = formState.isSubmitting;

  return (
    <Box component="form" noValidate aria-label={mode === 'create' ? t('trackers.form.createLabel') : t('trackers.form.editLabel')} onSubmit={(event) => void submit(event)} onKeyDown={keepEnterInField}>
      <Stack spacing={2.5}>
        {topError ? (
          <ErrorPanel {...describeError(topError)} title={mode === 'create' ? t('trackers.form.notCreated') : t('trackers.form.notSaved')} />
        ) : null}
        {created && tagError ? (
          <TagsNotAdded
            trackerName={created.name}
            error={tagError}
            onLeave={() => {
              saved.current = true;
              onSaved(created.name);
            }}
          />
        ) : null}
        {/* Once created, the tracker's settings are saved (their values stay in the form): only its tags are still to send. */}
        {tagsOnly ? null : (
          <>
            <Section title={t('trackers.form.section.tracker')}>
              <IdentityFields control={control} mode={mode} unavailable={unavailable} onTypeChange={changeType} />
            </Section>
            {isData ? (
              <Section title={t('trackers.form.section.trackedBucket')}>
                <TrackedBucketFields control={control} mode={mode} />
              </Section>
            ) : null}
            <Section title={t('trackers.form.section.transfer')}>
              <TransferFields control={control} allowNoRetention={!stored || !stored.obs_info?.bucket_lifecycle} />
            </Section>
            {isData ? null : (
              <Section title={t('trackers.form.section.management')}>
                <ManagementFields control={control} />
              </Section>
            )}
            <Section title={t('trackers.form.section.common')}>
              <CommonFields control={control} agencyExists={stored?.agency_name === AGENCY_NAME} />
            </Section>
          </>
        )}
        {mode === 'create' ? (
          <Section title={t('trackers.form.section.tags')}>
            <TagFields control={control} />
          </Section>
        ) : null}
        <RequestPreview method={stored ? 'PUT' : 'POST'} body={body} tags={mode === 'create' ? toTagRequest('add', values.tags) : []} />
        <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap' }}>
          <Button type="submit" variant="contained" loading={busy} disabled={busy}>
            {tagsOnly ? t('trackers.form.retryTags') : mode === 'create' ? t('trackers.form.create') : t('trackers.form.save')}
          </Button>
          {tagsOnly ? null : (
            <Button component={RouterLink} to={cancelTo} disabled={busy}>
              {t('trackers.form.cancel')}
            </Button>
          )}
        </Box>
      </Stack>
      <UnsavedChangesGuard when={hasUnsavedChanges} subject={t('trackers.form.unsavedSubject')} />
    </Box>
  );
}
