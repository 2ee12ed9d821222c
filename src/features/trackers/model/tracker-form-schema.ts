import { z } from '@/api/zod';
import { bucketLifecycleSchema, bucketNameSchema, dataEventsSchema, filePrefixSchema, checkKmsId, managementTrackerNameSchema, trackedBucketNameSchema, dataTrackerNameSchema, trackerTypeSchema } from '@/api/rules/tracker-rules';
import { COMPRESS_TYPES, DATA_EVENTS } from '@/api/contract/enums';
import { translate } from '@/i18n/i18n';
import { tagFormSchema } from './tag-form';
import { isFieldApplicable, type TrackerFormField, type TrackerFormMode, type TrackerFormValues } from './tracker-form-model';

export interface TrackerFormContext {
  mode: TrackerFormMode;
  /** Names of the trackers that exist: a new data tracker's name must be unique (CTS.0208). */
  existingNames: readonly string[];
}

/** In the active language when the form is checked, as the rules' own messages are. */
export function trackerNameTakenMessage(name: string): string {
  return translate('trackers.form.nameTaken', { name });
}

/** CTS.0213 in the form's terms: the console checks the bucket this tracker tracks; CTS also checks the others'. */
export function transferIsTrackedMessage(): string {
  return translate('trackers.form.transferIsTracked');
}

/** Loose shapes: every rule runs below, only for the fields that apply to the chosen type. */
const shape = z.object({
  trackerType: trackerTypeSchema,
  trackerName: z.string(),
  trackedBucket: z.string(),
  dataEvents: z.array(z.enum(DATA_EVENTS)),
  transferToObs: z.boolean(),
  bucketSource: z.enum(['existing', 'new']),
  transferBucket: z.string(),
  filePrefix: z.string(),
  retentionDays: z.number(),
  compressType: z.enum(COMPRESS_TYPES),
  sortByService: z.boolean(),
  encryption: z.boolean(),
  kmsId: z.string(),
  organizationTracker: z.boolean(),
  excludeKmsDatakey: z.boolean(),
  fileValidation: z.boolean(),
  ltsEnabled: z.boolean(),
  createAgency: z.boolean(),
  tags: z.array(z.object({ key: z.string(), value: z.string() })),
});

type Issue = { path: [TrackerFormField]; message: string };

/** The first message a rule schema gives for a value, if any. */
function firstIssue(schema: z.ZodType, value: unknown): string | null {
  const result = schema.safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? null);
}

/** Every rule of the API that applies to the form's current type, as field issues. */
export function trackerFormIssues(values: TrackerFormValues, context: TrackerFormContext): Issue[] {
  const issues: Issue[] = [];
  const add = (field: TrackerFormField, message: string | null) => {
    if (message !== null && isFieldApplicable(field, values)) {
      issues.push({ path: [field], message });
    }
  };
  if (values.trackerType === 'system') {
    add('trackerName', firstIssue(managementTrackerNameSchema, values.trackerName));
  } else {
    const taken = context.mode === 'create' && context.existingNames.includes(values.trackerName);
    add('trackerName', firstIssue(dataTrackerNameSchema, values.trackerName) ?? (taken ? trackerNameTakenMessage(values.trackerName) : null));
    add('trackedBucket', firstIssue(trackedBucketNameSchema, values.trackedBucket));
    add('dataEvents', firstIssue(dataEventsSchema, values.dataEvents));
    // 0 is "not set"; anything else must be one of the retention periods CTS offers (L1907).
    add('retentionDays', values.retentionDays === 0 ? null : firstIssue(bucketLifecycleSchema, values.retentionDays));
  }
  const sameAsTracked = values.trackerType === 'data' && values.transferBucket !== '' && values.transferBucket === values.trackedBucket;
  add('transferBucket', firstIssue(bucketNameSchema, values.transferBucket) ?? (sameAsTracked ? transferIsTrackedMessage() : null));
  add('filePrefix', firstIssue(filePrefixSchema, values.filePrefix));
  add('kmsId', checkKmsId(values.encryption, values.kmsId));
  return issues;
}

/** A new tracker has no tags yet: its tags are checked as an "add" to none. */
const newTrackerTags = tagFormSchema('add', []);

/** The form's zod schema: loose shapes, then every rule from `src/api/rules` that applies. */
export function trackerFormSchema(context: TrackerFormContext) {
  return shape.superRefine((values, ctx) => {
    for (const issue of trackerFormIssues(values, context)) {
      ctx.addIssue({ code: 'custom', ...issue });
    }
    const tags = context.mode === 'create' ? newTrackerTags.safeParse({ tags: values.tags }) : null;
    for (const issue of tags?.error?.issues ?? []) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    }
  });
}
