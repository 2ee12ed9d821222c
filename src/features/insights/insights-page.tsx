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

const RANGE_LABELS: Record<TraceRange, string> = { '1h': 'Last hour', '1d': 'Last day', '1w': 'Last 7 days' };

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
        <Section title="Security findings">
          {findings ? <FindingsList findings={findings} /> : <Typography color="text.secondary">Findings appear when the scan ends.</Typography>}
        </Section>
        <Section title="Volume over time">
          {insights ? (
            <VolumePanel
              bins={insights.histogram}
              onSelect={(from, to) => void navigate(`/traces?${new URLSearchParams({ from: String(from), to: String(to) }).toString()}`)}
            />
          ) : null}
        </Section>
        <Section title="Top values">
          {insights ? <TopValues values={insights.topValues} /> : null}
        </Section>
      </>
    ),
    [insights, findings, navigate],
  );

  return (
    <>
      <PageHeader
        title="Insights"
        description="Security findings, volume and top values of the management traces, computed in your browser from the traces it reads: CTS has no aggregation, so the scope read is stated with every result."
        actions={<Button component={RouterLink} to="/insights/timeline">Resource timeline</Button>}
      />
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        <Box component="form" sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }} onSubmit={(event) => {
          event.preventDefault();
          if (boundValid) {
            setBound(boundValue);
          }
        }}>
          <TextField select size="small" label="Time range" value={range} onChange={(event) => setRange(event.target.value as TraceRange)} sx={{ minWidth: 160 }}>
            {(Object.keys(RANGE_LABELS) as TraceRange[]).map((value) => (
              <MenuItem key={value} value={value}>{RANGE_LABELS[value]}</MenuItem>
            ))}
          </TextField>
          <TextField
            size="small"
            label="Read at most (traces)"
            type="number"
            value={boundText}
            onChange={(event) => setBoundText(event.target.value)}
            onBlur={() => boundValid && setBound(boundValue)}
            error={!boundValid}
            helperText={boundValid ? 'Newest first' : `200 to ${MAX_SCAN_BOUND.toLocaleString()}`}
            slotProps={{ htmlInput: { min: 200, max: MAX_SCAN_BOUND } }}
          />
          <Button type="submit" variant="outlined" disabled={!boundValid || boundValue === bound}>Apply</Button>
        </Box>
        {state ? <ScanStatus state={state} onCancel={cancel} onRefresh={() => refresh()} /> : null}
        <Section title="Transferred trace files">
          <ArchiveIntegrityPanel state={verification.state} onVerify={(tracker, bucket, days) => void verification.verify(tracker, bucket, days)} onCancel={verification.cancel} />
        </Section>
        {sections}
      </Box>
    </>
  );
}
