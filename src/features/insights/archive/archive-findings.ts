import type { IntegrityProblem } from '@/api/archive/verify-archive';
import type { Finding, FindingSeverity } from '@/features/insights/findings/finding-types';

const HOUR_MS = 3_600_000;

function text(problem: IntegrityProblem, tracker: string): { title: string; detail: string; object: string; severity: FindingSeverity } {
  switch (problem.kind) {
    case 'altered':
      return {
        title: `Trace file of tracker ${tracker} altered after transfer`,
        detail: `Its MD5 is ${problem.actual}; the digest ${problem.digest} recorded ${problem.expected}.`,
        object: problem.object,
        severity: 'high',
      };
    case 'missing':
      return { title: `Trace file of tracker ${tracker} deleted`, detail: `The digest ${problem.digest} lists it; the bucket no longer has it.`, object: problem.object, severity: 'high' };
    case 'unlisted':
      return { title: `Trace file of tracker ${tracker} that no digest lists`, detail: 'Written into the bucket outside CTS’s transfers, or its digest is gone.', object: problem.object, severity: 'medium' };
    case 'gap': {
      const files = problem.unverified.length;
      return {
        title: `Gap in the digest chain of tracker ${tracker}${problem.service ? ` (${problem.service})` : ''}`,
        detail:
          `${problem.missingDigest ? `The digest ${problem.missingDigest} that ${problem.next} names is missing` : `The chain restarts at ${problem.next}`}: ` +
          `nothing vouches for ${Math.round((problem.to - problem.from) / HOUR_MS)} h of transfers${files > 0 ? ` nor for the ${files} file${files === 1 ? '' : 's'} written then` : ''}.`,
        object: problem.missingDigest ?? problem.next,
        severity: 'high',
      };
    }
    case 'broken-link':
      return { title: `Digest of tracker ${tracker} altered`, detail: `The next digest recorded another ${problem.what} for it (${problem.digest}).`, object: problem.previous, severity: 'high' };
    case 'bad-signature':
      return { title: `Digest of tracker ${tracker} ${problem.absent ? 'without a signature' : 'with a signature that does not verify'}`, detail: 'Its content or its signature was changed after CTS signed it.', object: problem.digest, severity: 'high' };
    case 'unreadable':
      return { title: `Unreadable digest of tracker ${tracker}`, detail: 'It is not a digest file CTS writes.', object: problem.digest, severity: 'high' };
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
