import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { connectionRegion } from '@/api/client';
import { trackerQueries } from '@/api/trackers';
import { PageHeader } from '@/components/page-header';
import { ArchiveResults } from '@/features/archive/components/archive-results';
import { EngineSqlPanel } from '@/features/archive/components/engine-sql-panel';
import { SqlBox } from '@/features/archive/components/sql-box';
import { type ArchiveFilters, listQuery } from '@/features/archive/engine/archive-sql';
import { beyondBrowser } from '@/features/archive/engine/engine-sql';
import { describeLoaded } from '@/features/archive/describe-loaded';
import { pacedRefresh } from '@/features/archive/paced-refresh';
import { type BucketListing, useArchiveExplorer } from '@/features/archive/use-archive-explorer';
import { useLocale, useT } from '@/i18n/use-t';

const DAY_MS = 86_400_000;
const ROW_LIMIT = 500;
/** While files are read, the table is queried again at most this often once it shows rows (each query takes DuckDB from the reading). */
const PREVIEW_INTERVAL_MS = 500;
const dateText = (time: number) => new Date(time).toISOString().slice(0, 10);
/** A date field's day, from its local midnight. */
const dayStart = (text: string) => new Date(`${text}T00:00:00`).getTime();

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    // Contained: the progress of a read repaints the query's section, not a table of 500 rows beside it.
    <Paper variant="outlined" component="section" aria-label={title} sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1.5, contain: 'content' }}>
      <Typography variant="h6" component="h2">{title}</Typography>
      {children}
    </Paper>
  );
}

/**
 * Traces beyond CTS's 7-day window, read from the files trackers transfer to OBS (or files the user
 * opens) and queried in the browser with DuckDB.
 */
export function ArchivePage() {
  const t = useT();
  const locale = useLocale();
  const [params] = useSearchParams();
  const { data: trackers = [] } = useQuery(trackerQueries.list());
  const transferring = trackers.filter((tracker) => tracker.obs_info?.bucket_name);
  const now = Date.now();
  const [trackerName, setTrackerName] = useState(params.get('tracker') ?? 'system');
  const [fromText, setFromText] = useState(dateText(Number(params.get('from')) || now - 30 * DAY_MS));
  const [toText, setToText] = useState(dateText(Number(params.get('to')) || now));
  const [user, setUser] = useState(params.get('user') ?? '');
  const [traceName, setTraceName] = useState(params.get('trace_name') ?? '');
  const [service, setService] = useState(params.get('service_type') ?? '');
  const [deletionsOnly, setDeletionsOnly] = useState(false);
  /** The table's rows; `partial` while files are still read (the newest matches of those read so far). */
  const [result, setResult] = useState<{ rows: Record<string, unknown>[]; partial: boolean } | null>(null);
  /** Each query of the table and each clearing is numbered: an answer older than what is shown is dropped. */
  const shown = useRef({ issued: 0, applied: 0 });
  const [queryError, setQueryError] = useState<string | null>(null);
  const [listing, setListing] = useState<BucketListing | null>(null);
  const [engineSqlOpen, setEngineSqlOpen] = useState(false);
  const explorer = useArchiveExplorer();
  const { state } = explorer;
  const tracker = transferring.find((candidate) => candidate.tracker_name === trackerName) ?? transferring[0];
  const from = dayStart(fromText);
  const to = dayStart(toText) + DAY_MS;
  const busy = state.phase === 'starting' || state.phase === 'loading';

  // Files the user opened are shown whole: the range is the bucket's.
  const filters = (wholeFiles: boolean): ArchiveFilters => ({
    from: wholeFiles ? -Infinity : from,
    to: wholeFiles ? Infinity : to,
    user: user.trim(),
    trace_name: traceName.trim(),
    service_type: service.trim(),
    deletionsOnly,
  });
  /**
   * Shows the rows of what is in DuckDB, with the filters of the query asked for (not the fields as
   * edited since); true when there were some.
   */
  const showRows = async (applied: ArchiveFilters, partial = false): Promise<boolean> => {
    const order = ++shown.current.issued;
    try {
      const answer = await explorer.query(listQuery(applied, ROW_LIMIT));
      if (order > shown.current.applied) {
        shown.current.applied = order;
        setQueryError(null);
        setResult({ rows: answer.rows, partial });
      }
      return answer.rows.length > 0;
    } catch (error) {
      // A query while files are read can fail for a reason the next one will not have: only the last one's error is shown.
      if (!partial && order > shown.current.applied) {
        shown.current.applied = order;
        setQueryError(error instanceof Error ? error.message : String(error));
      }
      return false;
    }
  };
  const clearRows = () => {
    shown.current.applied = ++shown.current.issued;
    setQueryError(null);
    setResult(null);
  };
  /** Reads with `read`, showing the rows of what was read so far as batches of it reach DuckDB. */
  const readShowingRows = async <T,>(applied: ArchiveFilters, read: (onInserted: () => void) => Promise<T>): Promise<T> => {
    clearRows();
    const preview = pacedRefresh(() => showRows(applied, true), PREVIEW_INTERVAL_MS);
    try {
      return await read(preview.request);
    } finally {
      preview.stop();
    }
  };
  const loaded = state.scope?.source;
  const sameRead = loaded?.kind === 'bucket' && loaded.tracker === tracker?.tracker_name && loaded.from === from && loaded.to === to && state.phase === 'ready';
  const bucket = tracker?.obs_info?.bucket_name;
  const tooLarge = (listed: BucketListing) => beyondBrowser({ bytes: listed.bytes, files: listed.objects.length });
  // A range beyond what a browser should read waits, with the SQL for an engine, until the user reads it anyway.
  const query = async () => {
    const applied = filters(false);
    if (!sameRead && tracker && bucket) {
      const trackerName = tracker.tracker_name;
      const queried = await readShowingRows(applied, (onInserted) => explorer.queryBucket(trackerName, bucket, connectionRegion(), from, to, onInserted));
      setListing(queried.outcome === 'beyond' ? queried.listing : null);
      if (queried.outcome === 'none') {
        clearRows();
        return;
      }
      if (queried.outcome === 'beyond') {
        clearRows();
        setEngineSqlOpen(true);
        return;
      }
    }
    await showRows(applied);
  };
  const readAnyway = async () => {
    if (listing) {
      const applied = filters(false);
      await readShowingRows(applied, (onInserted) => explorer.readListing(listing, onInserted));
      await showRows(applied);
    }
  };
  const listedHere = listing?.source.tracker === tracker?.tracker_name && listing?.source.from === from && listing.source.to === to;
  const waiting = state.phase === 'listed' && listing && listedHere && tooLarge(listing) ? listing : null;
  const open = async (files: FileList | null) => {
    if (files && files.length > 0) {
      const applied = filters(true);
      await readShowingRows(applied, (onInserted) => explorer.loadLocalFiles([...files], onInserted));
      await showRows(applied);
    }
  };

  return (
    <>
      <PageHeader
        title={t('archive.page.title')}
        description={t('archive.page.description')}
      />
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        <Section title={t('archive.query.title')}>
          <Box component="form" sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }} onSubmit={(event) => {
            event.preventDefault();
            void query();
          }}>
            <TextField select size="small" label={t('archive.query.tracker')} value={tracker?.tracker_name ?? ''} onChange={(event) => setTrackerName(event.target.value)} sx={{ minWidth: 180 }}>
              {transferring.map((candidate) => (
                <MenuItem key={candidate.tracker_name} value={candidate.tracker_name}>{candidate.tracker_name}</MenuItem>
              ))}
            </TextField>
            <TextField size="small" type="date" label={t('archive.query.from')} value={fromText} onChange={(event) => setFromText(event.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
            <TextField size="small" type="date" label={t('archive.query.to')} value={toText} onChange={(event) => setToText(event.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
            <TextField size="small" label={t('archive.query.service')} value={service} onChange={(event) => setService(event.target.value)} helperText={t('archive.query.serviceHelper')} />
            <TextField size="small" label={t('archive.query.user')} value={user} onChange={(event) => setUser(event.target.value)} />
            <TextField size="small" label={t('archive.query.traceName')} value={traceName} onChange={(event) => setTraceName(event.target.value)} />
            <FormControlLabel control={<Checkbox checked={deletionsOnly} onChange={(event) => setDeletionsOnly(event.target.checked)} />} label={t('archive.query.deletionsOnly')} />
            <Button type="submit" variant="contained" disabled={busy || !tracker || !(to > from)}>{t('archive.query.submit')}</Button>
          </Box>
          <Box
            data-testid="archive-drop"
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => {
              event.preventDefault();
              void open(event.dataTransfer.files);
            }}
            sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', p: 1.5, border: 1, borderStyle: 'dashed', borderColor: 'divider', borderRadius: 1 }}
          >
            <Button component="label" variant="outlined" disabled={busy}>
              {t('archive.files.open')}
              <input hidden type="file" multiple accept=".gz,.json" aria-label={t('archive.files.inputLabel')} onChange={(event) => void open(event.target.files)} />
            </Button>
            <Typography variant="body2" color="text.secondary">{t('archive.files.dropHint')}</Typography>
          </Box>
          {busy ? (
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
              <LinearProgress
                aria-label={t('archive.progress.label')}
                sx={{ flex: 1 }}
                // The share read is known once the listing is: until then the line says how many so far.
                variant={state.progress && !state.progress.listing ? 'determinate' : 'indeterminate'}
                value={state.progress ? (state.progress.files / Math.max(1, state.progress.totalFiles)) * 100 : 0}
              />
              <Button onClick={explorer.cancel}>{t('archive.progress.cancel')}</Button>
            </Box>
          ) : null}
          <Typography variant="body2" role="status" data-testid="archive-scope" color={state.phase === 'error' ? 'error' : 'text.secondary'}>
            {describeLoaded(state, t, locale)}
          </Typography>
          {tracker && bucket && to > from ? (
            <EngineSqlPanel
              location={{ bucket, region: connectionRegion(), tracker: tracker.tracker_name }}
              filters={filters(false)}
              limit={ROW_LIMIT}
              expanded={engineSqlOpen}
              onExpandedChange={setEngineSqlOpen}
              beyond={waiting ? { files: waiting.objects.length, bytes: waiting.bytes, onReadAnyway: () => void readAnyway() } : null}
            />
          ) : null}
        </Section>
        {result || queryError ? (
          <Section title={t('archive.results.title')}>
            {queryError ? <Typography color="error" role="alert">{queryError}</Typography> : null}
            {result && !queryError ? <ArchiveResults rows={result.rows} partial={result.partial} readTrace={explorer.readTrace} /> : null}
          </Section>
        ) : null}
        <Section title={t('archive.sql.title')}>
          <SqlBox onRun={explorer.query} disabled={state.phase !== 'ready'} />
        </Section>
      </Box>
    </>
  );
}
