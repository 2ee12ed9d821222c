import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { useChartFormat } from '@/features/insights/charts/chart-format';
import { useFindingText } from '@/features/insights/findings/finding-text';
import { type Finding, type FindingRule, type FindingSeverity, RULE_LABELS } from '@/features/insights/findings/finding-types';
import type { MessageId } from '@/i18n/message-id';
import { RichText } from '@/i18n/rich-text';
import { useT } from '@/i18n/use-t';

/** Findings shown per rule before "Show all". */
const FIRST_SHOWN = 5;

const SEVERITY_LABELS: Record<FindingSeverity, MessageId> = { high: 'insights.severity.high', medium: 'insights.severity.medium', low: 'insights.severity.low' };
const SEVERITY_COLOURS: Record<FindingSeverity, 'error' | 'warning' | 'info'> = { high: 'error', medium: 'warning', low: 'info' };

/** The trace list showing a finding's evidence: its filters, over the evidence's time span. */
export function evidenceHref(finding: Finding): string {
  const params = new URLSearchParams(Object.entries(finding.filters).filter((entry): entry is [string, string] => Boolean(entry[1])));
  // CTS's from and to are both exclusive (L1599, L1601).
  params.set('from', String(finding.from - 1));
  params.set('to', String(finding.to + 1));
  return `/traces?${params.toString()}`;
}

/** Findings grouped by rule (in order of their most severe finding), the first few of each shown. */
export function FindingsList({ findings }: { findings: Finding[] }) {
  const t = useT();
  if (findings.length === 0) {
    return <Typography color="text.secondary">{t('insights.findings.none')}</Typography>;
  }
  const groups = new Map<FindingRule, Finding[]>();
  for (const finding of findings) {
    groups.set(finding.rule, [...(groups.get(finding.rule) ?? []), finding]);
  }
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      {[...groups].map(([rule, own]) => (
        <FindingGroup key={rule} rule={rule} findings={own} />
      ))}
    </Box>
  );
}

function FindingGroup({ rule, findings }: { rule: FindingRule; findings: Finding[] }) {
  const t = useT();
  const [all, setAll] = useState(false);
  const shown = all ? findings : findings.slice(0, FIRST_SHOWN);
  const label = { rule: t(RULE_LABELS[rule]), count: findings.length };
  return (
    <Box component="section" aria-label={t('insights.findings.groupLabel', label)}>
      <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {t('insights.findings.groupHeading', label)}
      </Typography>
      <FindingItems findings={shown} />
      {findings.length > FIRST_SHOWN ? (
        <Button size="small" sx={{ mt: 0.5 }} onClick={() => setAll((value) => !value)}>
          {all ? t('insights.findings.showFirst', { count: FIRST_SHOWN }) : t('insights.findings.showAll', { count: findings.length })}
        </Button>
      ) : null}
    </Box>
  );
}

/** Read by screen readers only: which finding a link is for. */
const visuallyHidden = <Box component="span" sx={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }} />;

function FindingItems({ findings }: { findings: Finding[] }) {
  const t = useT();
  const text = useFindingText();
  const format = useChartFormat();
  return (
    <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'flex', flexDirection: 'column', gap: 1 }}>
      {findings.map((finding) => {
        const title = text(finding.title);
        return (
          <Paper key={finding.id} component="li" variant="outlined" sx={{ p: 1.5 }}>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
              <Chip size="small" color={SEVERITY_COLOURS[finding.severity]} label={t(SEVERITY_LABELS[finding.severity])} />
              <Typography variant="caption" color="text.secondary" sx={{ ml: 'auto' }}>
                {finding.from === finding.to ? format.instant(finding.from) : `${format.instant(finding.from)} – ${format.instant(finding.to)}`}
              </Typography>
            </Box>
            <Typography component="h4" variant="subtitle2" sx={{ mt: 0.5 }}>{title}</Typography>
            <Typography variant="body2" color="text.secondary">{text(finding.detail)}</Typography>
            {finding.objectPath ? (
              <Typography variant="body2" component="p" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
                {finding.objectPath}
              </Typography>
            ) : (
              <Link component={RouterLink} to={evidenceHref(finding)} variant="body2">
                <RichText id="insights.findings.evidence" values={{ count: finding.evidenceCount, title }} components={{ 0: visuallyHidden }} />
              </Link>
            )}
            {finding.filters.resource_id ? (
              <Link component={RouterLink} to={`/insights/timeline?resource_id=${encodeURIComponent(finding.filters.resource_id)}`} variant="body2" sx={{ ml: 2 }}>
                <RichText id="insights.findings.timeline" values={{ title }} components={{ 0: visuallyHidden }} />
              </Link>
            ) : null}
          </Paper>
        );
      })}
    </Box>
  );
}
