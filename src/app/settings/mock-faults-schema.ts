import { z } from '@/api/zod';
import type { MockFaults } from '@/api/mock-control';

export const MAX_LATENCY_MS = 10_000;

/** Errors worth rehearsing, from the reference's table (L3579–3625) and the gateway's 401 (choice 9). */
export const FAIL_NEXT_PRESETS: readonly { status: number; code: string; meaning: string }[] = [
  { status: 500, code: 'CTS.0004', meaning: 'Failed to write data' },
  { status: 500, code: 'CTS.0005', meaning: 'Failed to read data' },
  { status: 403, code: 'CTS.0013', meaning: 'No permission' },
  { status: 400, code: 'CTS.0001', meaning: 'IAM or OBS abnormal' },
  { status: 401, code: 'APIGW.0301', meaning: 'Credentials rejected' },
];

export const FAIL_NEXT_STATUSES = [400, 401, 403, 404, 500, 503] as const;

export const faultsFormSchema = z
  .object({
    latencyMs: z
      .number({ error: 'Enter a delay in milliseconds.' })
      .int('Enter a whole number of milliseconds.')
      .min(0, 'The delay cannot be negative.')
      .max(MAX_LATENCY_MS, `The delay can be at most ${MAX_LATENCY_MS} ms.`),
    errorRatePercent: z.number().min(0).max(100),
    failNext: z.boolean(),
    failStatus: z.number().int().min(400).max(599),
    failCode: z.string().trim(),
  })
  .superRefine((values, ctx) => {
    if (values.failNext && !values.failCode) {
      ctx.addIssue({ code: 'custom', path: ['failCode'], message: 'Enter the error code to answer, e.g. CTS.0004.' });
    } else if (values.failNext && /\s/.test(values.failCode)) {
      ctx.addIssue({ code: 'custom', path: ['failCode'], message: 'An error code has no spaces, e.g. CTS.0004.' });
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

export function describeFaults(faults: MockFaults): string {
  const next = faults.fail_next
    ? `the next request fails with ${faults.fail_next.status} ${faults.fail_next.error_code}`
    : 'no request is set to fail';
  return `Delay ${faults.latency_ms} ms, error rate ${Math.round(faults.error_rate * 1000) / 10} %, ${next}.`;
}
