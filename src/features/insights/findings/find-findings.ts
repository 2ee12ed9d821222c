import { auditTamperingFindings } from '@/features/insights/findings/audit-tampering';
import { deletionBurstFindings, newSourceFindings, offHoursFindings } from '@/features/insights/findings/activity-rules';
import { type Finding, SEVERITY_ORDER } from '@/features/insights/findings/finding-types';
import { errorSpikeFindings, riskySessionFindings } from '@/features/insights/findings/session-rules';
import type { ScannedTrace } from '@/features/insights/scan/scanned-trace';

/** Every rule over the scanned traces: most severe first, then newest first. */
export function findFindings(traces: readonly ScannedTrace[]): Finding[] {
  return [
    ...auditTamperingFindings(traces),
    ...deletionBurstFindings(traces),
    ...offHoursFindings(traces),
    ...newSourceFindings(traces),
    ...riskySessionFindings(traces),
    ...errorSpikeFindings(traces),
  ].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.to - a.to);
}
