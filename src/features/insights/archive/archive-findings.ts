import type { IntegrityProblem } from '@/api/archive/verify-archive';
import type { Finding, FindingSeverity, FindingText } from '@/features/insights/findings/finding-types';

const HOUR_MS = 3_600_000;

function text(problem: IntegrityProblem, tracker: string): { title: FindingText; detail: FindingText; object: string; severity: FindingSeverity } {
  switch (problem.kind) {
    case 'altered':
      return {
        title: { id: 'insights.archive.finding.altered.title', values: { tracker } },
        detail: { id: 'insights.archive.finding.altered.detail', values: { actual: problem.actual, digest: problem.digest, expected: problem.expected } },
        object: problem.object,
        severity: 'high',
      };
    case 'missing':
      return {
        title: { id: 'insights.archive.finding.missing.title', values: { tracker } },
        detail: { id: 'insights.archive.finding.missing.detail', values: { digest: problem.digest } },
        object: problem.object,
        severity: 'high',
      };
    case 'unlisted':
      return {
        title: { id: 'insights.archive.finding.unlisted.title', values: { tracker } },
        detail: { id: 'insights.archive.finding.unlisted.detail' },
        object: problem.object,
        severity: 'medium',
      };
    case 'gap':
      return {
        title: problem.service
          ? { id: 'insights.archive.finding.gap.titleService', values: { tracker, service: problem.service } }
          : { id: 'insights.archive.finding.gap.title', values: { tracker } },
        detail: {
          id: 'insights.archive.finding.gap.detail',
          values: {
            missing: problem.missingDigest ? 'yes' : 'no',
            digest: problem.missingDigest ?? '',
            next: problem.next,
            hours: Math.round((problem.to - problem.from) / HOUR_MS),
            files: problem.unverified.length,
          },
        },
        object: problem.missingDigest ?? problem.next,
        severity: 'high',
      };
    case 'broken-link':
      return {
        title: { id: 'insights.archive.finding.brokenLink.title', values: { tracker } },
        detail: { id: 'insights.archive.finding.brokenLink.detail', values: { what: problem.what, digest: problem.digest } },
        object: problem.previous,
        severity: 'high',
      };
    case 'bad-signature':
      return {
        title: { id: 'insights.archive.finding.badSignature.title', values: { tracker, absent: problem.absent ? 'yes' : 'no' } },
        detail: { id: 'insights.archive.finding.badSignature.detail' },
        object: problem.digest,
        severity: 'high',
      };
    case 'unreadable':
      return {
        title: { id: 'insights.archive.finding.unreadable.title', values: { tracker } },
        detail: { id: 'insights.archive.finding.unreadable.detail' },
        object: problem.digest,
        severity: 'high',
      };
  }
}

/** The integrity problems of a tracker's transferred files as findings of the audit-tampering rule, each naming its object. */
export function archiveFindings(problems: readonly IntegrityProblem[], tracker: string, bucket: string): Finding[] {
  return problems.map((problem) => {
    const { title, detail, object, severity } = text(problem, tracker);
    const from = problem.kind === 'gap' ? problem.from : problem.time;
    const to = problem.kind === 'gap' ? problem.to : problem.time;
    return {
      id: `audit-tampering:archive:${problem.kind}:${object}`,
      rule: 'audit-tampering',
      severity,
      title,
      detail,
      from,
      to,
      filters: {},
      evidence: [],
      evidenceCount: 0,
      objectPath: `${bucket}/${object}`,
    };
  });
}
