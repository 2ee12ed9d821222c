import { type Finding, HOUR_MS, findingOf, groupBy } from '@/features/insights/findings/finding-types';
import { type ScannedTrace, failed } from '@/features/insights/scan/scanned-trace';

/** Operations by the account's root user, and console sessions signed in without MFA: one finding per identity. */
export function riskySessionFindings(traces: readonly ScannedTrace[]): Finding[] {
  const root = groupBy(traces, (trace) => (trace.root ? trace.user : undefined));
  const noMfa = groupBy(traces, (trace) => (!trace.root && trace.console_session && trace.mfa === false ? trace.user : undefined));
  return [
    ...[...root].map(([user, own]) =>
      findingOf('risky-session', 'medium', own, {
        title: { id: 'insights.finding.rootUser.title', values: { user } },
        detail: { id: 'insights.finding.rootUser.detail', values: { count: own.length } },
        filters: { user },
        key: `root:${user}`,
      }),
    ),
    ...[...noMfa].map(([user, own]) =>
      findingOf('risky-session', 'low', own, {
        title: { id: 'insights.finding.noMfa.title', values: { user } },
        detail: { id: 'insights.finding.noMfa.detail', values: { count: own.length } },
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
          title: { id: 'insights.finding.errorSpike.title', values: { service, errors: errors.length, total: hour.length } },
          detail: { id: 'insights.finding.errorSpike.detail', values: { rate: Math.round(rate * 100), baseline: (baseline * 100).toFixed(1), service } },
          filters: { service_type: service },
        }),
      ];
    });
  });
}
