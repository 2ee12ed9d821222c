import { type Finding, HOUR_MS, findingOf, groupBy } from '@/features/insights/findings/finding-types';
import { type ScannedTrace, failed } from '@/features/insights/scan/scanned-trace';

/** Operations by the account's root user, and console sessions signed in without MFA: one finding per identity. */
export function riskySessionFindings(traces: readonly ScannedTrace[]): Finding[] {
  const root = groupBy(traces, (trace) => (trace.root ? trace.user : undefined));
  const noMfa = groupBy(traces, (trace) => (!trace.root && trace.console_session && trace.mfa === false ? trace.user : undefined));
  return [
    ...[...root].map(([user, own]) =>
      findingOf('risky-session', 'medium', own, {
        title: `Root user ${user} signed in`,
        detail: `${own.length} operation${own.length === 1 ? '' : 's'} by the account's root user, which no policy can restrict; everyday work belongs to IAM users.`,
        filters: { user },
        key: `root:${user}`,
      }),
    ),
    ...[...noMfa].map(([user, own]) =>
      findingOf('risky-session', 'low', own, {
        title: `${user} used the console without MFA`,
        detail: `${own.length} console operation${own.length === 1 ? '' : 's'} in sessions not authenticated with MFA.`,
        filters: { user },
        key: `no-mfa:${user}`,
      }),
    ),
  ];
}

/** An hour is a spike when it has this many failures… */
export const SPIKE_MIN_ERRORS = 5;
/** …and its error rate is at least this multiple of the service's rate over the scan, and at least SPIKE_MIN_RATE. */
export const SPIKE_FACTOR = 3;
export const SPIKE_MIN_RATE = 0.2;

/** Hours in which a service's failed operations (HTTP status ≥ 400) far exceed its usual error rate. */
export function errorSpikeFindings(traces: readonly ScannedTrace[]): Finding[] {
  const byService = groupBy(traces, (trace) => trace.service_type);
  return [...byService].flatMap(([service, own]) => {
    const baseline = own.filter(failed).length / own.length;
    const byHour = groupBy(own, (trace) => String(Math.floor(trace.time / HOUR_MS)));
    return [...byHour].flatMap(([, hour]) => {
      const errors = hour.filter(failed);
      const rate = errors.length / hour.length;
      if (errors.length < SPIKE_MIN_ERRORS || rate < SPIKE_MIN_RATE || rate < SPIKE_FACTOR * baseline) {
        return [];
      }
      return [
        findingOf('error-spike', 'medium', errors, {
          title: `${service}: ${errors.length} of ${hour.length} operations failed within an hour`,
          detail: `An error rate of ${Math.round(rate * 100)} %, against ${(baseline * 100).toFixed(1)} % for ${service} over the traces read.`,
          filters: { service_type: service },
        }),
      ];
    });
  });
}
