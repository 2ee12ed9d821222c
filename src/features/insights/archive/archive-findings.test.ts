import { describe, expect, it } from 'vitest';
import type { IntegrityProblem } from '@/api/archive/verify-archive';
import { archiveFindings } from '@/features/insights/archive/archive-findings';
import { findingsAsShown } from '@/features/insights/findings/finding-fixtures';

const T = Date.UTC(2026, 10, 20, 3);

describe('archiveFindings', () => {
  it('makes each integrity problem an audit-tampering finding naming its object', () => {
    const problems: IntegrityProblem[] = [
      { kind: 'altered', object: 'CloudTraces/r/2026/11/20/system/ECS/a.json.gz', digest: 'CloudTraces/r/2026/11/20/system/Digest/ECS/d.json.gz', expected: 'aa', actual: 'bb', time: T },
      { kind: 'missing', object: 'CloudTraces/r/2026/11/20/system/ECS/m.json.gz', digest: 'd2', time: T },
      { kind: 'gap', service: 'ECS', from: T, to: T + 3_600_000, missingDigest: 'CloudTraces/r/2026/11/20/system/Digest/ECS/g.json.gz', next: 'n', unverified: ['f'] },
    ];
    const findings = findingsAsShown(archiveFindings(problems, 'system', 'audit'));
    expect(findings.map((finding) => [finding.rule, finding.severity, finding.objectPath])).toEqual([
      ['audit-tampering', 'high', 'audit/CloudTraces/r/2026/11/20/system/ECS/a.json.gz'],
      ['audit-tampering', 'high', 'audit/CloudTraces/r/2026/11/20/system/ECS/m.json.gz'],
      ['audit-tampering', 'high', 'audit/CloudTraces/r/2026/11/20/system/Digest/ECS/g.json.gz'],
    ]);
    expect(findings[0]?.detail).toContain('recorded aa');
    expect(findings[2]).toMatchObject({ title: 'Gap in the digest chain of tracker system (ECS)', from: T, to: T + 3_600_000 });
    expect(findings[2]?.detail).toContain('nor for the 1 file written then');
    expect(new Set(findings.map((finding) => finding.id)).size).toBe(3);
  });
});
