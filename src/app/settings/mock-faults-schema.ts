import { z } from '@/api/zod';
import type { MockFaults } from '@/api/mock-control';
import { translate } from '@/i18n/i18n';
import type { MessageId, Translate } from '@/i18n/message-id';

export const MAX_LATENCY_MS = 10_000;

/** Errors worth rehearsing, from the reference's table (L3579–3625) and the gateway's 401 (choice 9). */
export const FAIL_NEXT_PRESETS: readonly { status: number; code: string; meaning: MessageId }[] = [
  { status: 500, code: 'CTS.0004', meaning: 'settings.failNext.meaning.writeFailed' },
  { status: 500, code: 'CTS.0005', meaning: 'settings.failNext.meaning.readFailed' },
  { status: 403, code: 'CTS.0013', meaning: 'settings.failNext.meaning.noPermission' },
  { status: 400, code: 'CTS.0001', meaning: 'settings.failNext.meaning.iamObsAbnormal' },
  { status: 401, code: 'APIGW.0301', meaning: 'settings.failNext.meaning.credentialsRejected' },
];

export const FAIL_NEXT_STATUSES = [400, 401, 403, 404, 500, 503] as const;

/** A zod message in the language active when the form is checked (the schema itself is built once). */
const inActiveLanguage = (id: MessageId, values?: Record<string, number>) => ({ error: () => translate(id, values) });

export const faultsFormSchema = z
  .object({
    latencyMs: z
      .number(inActiveLanguage('settings.faults.errors.latencyRequired'))
      .int(inActiveLanguage('settings.faults.errors.latencyWhole'))
      .min(0, inActiveLanguage('settings.faults.errors.latencyNegative'))
      .max(MAX_LATENCY_MS, inActiveLanguage('settings.faults.errors.latencyMax', { max: MAX_LATENCY_MS })),
    errorRatePercent: z.number().min(0).max(100),
    failNext: z.boolean(),
    failStatus: z.number().int().min(400).max(599),
    failCode: z.string().trim(),
  })
  .superRefine((values, ctx) => {
    if (values.failNext && !values.failCode) {
      ctx.addIssue({ code: 'custom', path: ['failCode'], message: translate('settings.faults.errors.failCodeRequired') });
    } else if (values.failNext && /\s/.test(values.failCode)) {
      ctx.addIssue({ code: 'custom', path: ['failCode'], message: translate('settings.faults.errors.failCodeSpaces') });
    }
  });

export type FaultsFormValues = z.infer<typeof faultsFormSchema>;

/** The mock takes the error rate as a probability (0–1); the form shows a percentage. */
export function toFaultsFormValues(faults: MockFaults): FaultsFormValues {
  const [preset] = FAIL_NEXT_PRESETS;
  return {
    latencyMs: faults.latency_ms,
    errorRatePercent: Math.round(faults.error_rate * 1000) / 10,
    failNext: faults.fail_next !== null,
    failStatus: faults.fail_next?.status ?? preset?.status ?? 500,
    failCode: faults.fail_next?.error_code ?? preset?.code ?? '',
  };
}

export function toMockFaults(values: FaultsFormValues): MockFaults {
  return {
    latency_ms: values.latencyMs,
    error_rate: values.errorRatePercent / 100,
    fail_next: values.failNext ? { status: values.failStatus, error_code: values.failCode } : null,
  };
}

export function describeFaults(faults: MockFaults, t: Translate): string {
  const values = { latency: faults.latency_ms, rate: Math.round(faults.error_rate * 1000) / 10 };
  return faults.fail_next
    ? t('settings.faults.summary.failNext', { ...values, status: faults.fail_next.status, code: faults.fail_next.error_code })
    : t('settings.faults.summary.none', values);
}
