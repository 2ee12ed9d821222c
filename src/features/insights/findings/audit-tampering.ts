import { type Finding, type FindingText, findingOf, formatDuration, userText } from '@/features/insights/findings/finding-types';
import { type ScannedTrace, failed } from '@/features/insights/scan/scanned-trace';

type Tampering = 'disabled' | 'deleted' | 'transfer changed';

function requestOf(trace: ScannedTrace): Record<string, unknown> {
  try {
    const body: unknown = JSON.parse(trace.request ?? '{}');
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** What a successful CTS operation did to the audit trail, if anything. */
function tamperingOf(trace: ScannedTrace): { target: 'tracker' | 'notification'; what: Tampering } | null {
  if (trace.service_type !== 'CTS' || failed(trace)) {
    return null;
  }
  const name = trace.trace_name;
  const target = /tracker/i.test(name) ? 'tracker' : /notification/i.test(name) ? 'notification' : null;
  if (!target) {
    return null;
  }
  if (/^delete/i.test(name)) {
    return { target, what: 'deleted' };
  }
  if (!/^update/i.test(name)) {
    return null;
  }
  const request = requestOf(trace);
  if (request.status === 'disabled') {
    return { target, what: 'disabled' };
  }
  if (target === 'tracker' && ('obs_info' in request || 'lts' in request)) {
    return { target, what: 'transfer changed' };
  }
  return null;
}

function isReEnable(trace: ScannedTrace, disabled: ScannedTrace): boolean {
  return (
    trace.service_type === 'CTS' &&
    trace.trace_name === disabled.trace_name &&
    trace.resource_id === disabled.resource_id &&
    trace.time > disabled.time &&
    !failed(trace) &&
    requestOf(trace).status === 'enabled'
  );
}

/**
 * A tracker disabled, deleted or its transfer changed; a key event notification disabled or deleted.
 * Each is a finding of its own; a disable names the re-enable that followed, if any. A notification
 * disabled is of medium severity, the rest high.
 */
export function auditTamperingFindings(traces: readonly ScannedTrace[]): Finding[] {
  const findings: Finding[] = [];
  for (const trace of traces) {
    const tampering = tamperingOf(trace);
    if (!tampering) {
      continue;
    }
    const name = trace.resource_name ?? trace.resource_id ?? '';
    const subject: FindingText =
      tampering.target === 'tracker'
        ? name
          ? { id: 'insights.finding.tampering.tracker', values: { name } }
          : { id: 'insights.finding.tampering.trackerUnnamed' }
        : name
          ? { id: 'insights.finding.tampering.notification', values: { name } }
          : { id: 'insights.finding.tampering.notificationUnnamed' };
    const title: FindingText = { id: 'insights.finding.tampering.title', values: { subject, what: tampering.what === 'transfer changed' ? 'transfer' : tampering.what } };
    const by = userText(trace.user);
    const action: FindingText = trace.source_ip
      ? { id: 'insights.finding.tampering.actionFrom', values: { trace: trace.trace_name, user: by, ip: trace.source_ip } }
      : { id: 'insights.finding.tampering.action', values: { trace: trace.trace_name, user: by } };
    let detail = action;
    const evidence = [trace];
    if (tampering.what === 'disabled') {
      const reEnable = traces.filter((other) => isReEnable(other, trace)).sort((a, b) => a.time - b.time)[0];
      if (reEnable) {
        evidence.push(reEnable);
        detail = {
          id: 'insights.finding.tampering.reEnabled',
          values: { action, target: tampering.target, duration: formatDuration(reEnable.time - trace.time), user: userText(reEnable.user) },
        };
      } else {
        detail = { id: 'insights.finding.tampering.notReEnabled', values: { action } };
      }
    }
    findings.push(
      // A disabled notification stays configured; a tracker that stops, or anything deleted, loses records or alerts for good.
      findingOf('audit-tampering', tampering.target === 'notification' && tampering.what === 'disabled' ? 'medium' : 'high', evidence, {
        title,
        detail,
        filters: { service_type: 'CTS', ...(trace.resource_id ? { resource_id: trace.resource_id } : { trace_name: trace.trace_name }) },
        key: trace.trace_id,
      }),
    );
  }
  return findings;
}
