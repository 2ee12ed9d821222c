import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { IntegrityProblem, VerifyReport } from '@/api/archive/verify-archive';
import { reportSummary } from '@/features/insights/archive/archive-integrity-panel';
import { activateLocale, i18n, translate } from '@/i18n/i18n';

describe('the verification summary', () => {
  const report = (problems: IntegrityProblem[], signaturesChecked = true): VerifyReport => ({ from: 0, to: 1, files: 1_234, digests: 5_040, signaturesChecked, problems });
  const altered: IntegrityProblem = { kind: 'altered', object: 'o', digest: 'd', expected: 'a', actual: 'b', time: 1 };
  const gap: IntegrityProblem = { kind: 'gap', service: 's', from: 1, to: 2, missingDigest: null, next: 'n', unverified: [] };
  const missing: IntegrityProblem = { kind: 'missing', object: 'o', digest: 'd', time: 1 };

  it('reads in English, counting each kind of problem', () => {
    expect(reportSummary(report([]), translate)).toBe('verified: 1,234 files, 5,040 digests, no gap');
    expect(reportSummary(report([gap, altered, missing, gap]), translate)).toBe('verified: 1,234 files, 5,040 digests; found 1 altered file, 1 missing file, 2 gaps');
    expect(reportSummary(report([altered], false), translate)).toBe('verified: 1,234 files, 5,040 digests; found 1 altered file (signatures not checked: no public key)');
    expect(reportSummary(report([], false), translate)).toBe('verified: 1,234 files, 5,040 digests, no gap (signatures not checked: no public key)');
  });

  it('reads in Chinese, in the language of the t it is given', async () => {
    await act(() => activateLocale('zh-CN'));
    expect(reportSummary(report([gap, altered, missing, gap]), translate)).toBe('已校验：1,234 个文件，5,040 个摘要文件；发现1 个被篡改的文件，1 个缺失的文件，2 处断档');
    expect(reportSummary(report([], false), translate)).toBe('已校验：1,234 个文件，5,040 个摘要文件，无断档（未校验签名：无公钥）');
    expect(reportSummary(report([]), (id, values) => i18n._(id, values))).toBe('已校验：1,234 个文件，5,040 个摘要文件，无断档');
  });
});
