import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { type ReactNode, useMemo, useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { TRACE_RANGES, type TraceRange } from '@/api/rules/trace-query-rules';
import { PageHeader } from '@/components/page-header';
import { ArchiveIntegrityPanel } from '@/features/insights/archive/archive-integrity-panel';
import { archiveFindings } from '@/features/insights/archive/archive-findings';
import { useArchiveVerification } from '@/features/insights/archive/use-archive-verification';
import { TopValues } from '@/features/insights/charts/top-values';
import { FindingsList } from '@/features/insights/components/findings-list';
import { ScanStatus } from '@/features/insights/components/scan-status';
import { VolumePanel } from '@/features/insights/components/volume-panel';
import { DEFAULT_SCAN_BOUND, MAX_SCAN_BOUND } from '@/features/insights/scan/scan-bounds';
import { useInsightsScan } from '@/features/insights/scan/use-insights-scan';
import type { MessageId } from '@/i18n/message-id';
import { useT } from '@/i18n/use-t';

const RANGE_LABELS: Record<TraceRange, MessageId> = { '1h': 'insights.range.1h', '1d': 'insights.range.1d', '1w': 'insights.range.1w' };

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper variant="outlined" component="section" aria-label={title} sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>{title}</Typography>
      {children}
    </Paper>
  );
}

/** Findings, volume and top values of the account's management traces, computed from a bounded scan. */
export function InsightsPage() {
  const t = useT();
  const navigate = useNavigate();
  const [range, setRange] = useState<TraceRange>('1w');
  const [boundText, setBoundText] = useState(String(DEFAULT_SCAN_BOUND));
  const boundValue = Number(boundText);
  const boundValid = Number.isInteger(boundValue) && boundValue >= 200 && boundValue <= MAX_SCAN_BOUND;
  const [bound, setBound] = useState(DEFAULT_SCAN_BOUND);
  const target = useMemo(() => ({ criteria: { trace_type: 'system' as const }, window: { lastMs: TRACE_RANGES[range] }, bound }), [range, bound]);
  const { state, cancel, refresh } = useInsightsScan(target);
  const insights = state?.insights;
  const verification = useArchiveVerification();
  const verified = verification.state?.report ? verification.state : null;
  // The transferred files' integrity problems join the scan's findings under "Audit tampering",
  // first: the user just asked for them.
  const findings = useMemo(
    () => (insights || verified ? [...(verified?.report ? archiveFindings(verified.report.problems, verified.tracker, verified.bucket) : []), ...(insights?.findings ?? [])] : null),
    [insights, verified],
  );
  // Progress updates re-render the status line only, not the results.
  const sections = useMemo(
    () => (
      <>
        <Section title={t('insights.page.securityFindings')}>
          {findings ? <FindingsList findings={findings} /> : <Typography color="text.secondary">{t('insights.page.findingsPending')}</Typography>}
        </Section>
        <Section title={t('volume.title')}>
          {insights ? (
            <VolumePanel
              bins={insights.histogram}
              onSelect={(from, to) => void navigate(`/traces?${new URLSearchParams({ from: String(from), to: String(to) }).toString()}`)}
            />
          ) : null}
        </Section>
        <Section title={t('insights.page.topValues')}>
          {insights ? <TopValues values={insights.topValues} /> : null}
        </Section>
      </>
    ),
    [insights, findings, navigate, t],
  );

  return (
    <>
      <PageHeader
        title={t('insights.page.title')}
        description={t('insights.page.description')}
        actions={<Button component={RouterLink} to="/insights/timeline">{t('insights.page.resourceTimeline')}</Button>}
      />
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        <Box component="form" sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }} onSubmit={(event) => {
          event.preventDefault();
          if (boundValid) {
            setBound(boundValue);
          }
        }}>
          <TextField select size="small" label={t('insights.form.timeRange')} value={range} onChange={(event) => setRange(event.target.value as TraceRange)} sx={{ minWidth: 160 }}>
            {(Object.keys(RANGE_LABELS) as TraceRange[]).map((value) => (
              <MenuItem key={value} value={value}>{t(RANGE_LABELS[value])}</MenuItem>
            ))}
          </TextField>
          <TextField
            size="small"
            label={t('insights.form.bound')}
            type="number"
            value={boundText}
            onChange={(event) => setBoundText(event.target.value)}
            onBlur={() => boundValid && setBound(boundValue)}
            error={!boundValid}
            helperText={boundValid ? t('insights.form.boundNewestFirst') : t('insights.form.boundRange', { min: 200, max: MAX_SCAN_BOUND })}
            slotProps={{ htmlInput: { min: 200, max: MAX_SCAN_BOUND } }}
          />
          <Button type="submit" variant="outlined" disabled={!boundValid || boundValue === bound}>{t('insights.form.apply')}</Button>
        </Box>
        {state ? <ScanStatus state={state} onCancel={cancel} onRefresh={() => refresh()} /> : null}
        <Section title={t('insights.page.transferredFiles')}>
          <ArchiveIntegrityPanel state={verification.state} onVerify={(tracker, bucket, days) => void verification.verify(tracker, bucket, days)} onCancel={verification.cancel} />
        </Section>
        {sections}
      </Box>
    </>
  );
}
