import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import { type ReactNode, lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { TraceView } from '@/api/traces';
import { PageHeader } from '@/components/page-header';
import { AppliedFilters } from '@/features/traces/components/applied-filters';
import { ExportSlot } from '@/features/traces/components/export-slot';
import { LazyTraceTable } from '@/features/traces/components/lazy-trace-table';
import { ListNotice } from '@/features/traces/components/list-notice';
import { QuickFilter } from '@/features/traces/components/quick-filter';
import { describeWindow } from '@/features/traces/components/time-range-menu';
import { TraceDrawerSlot } from '@/features/traces/components/trace-drawer-slot';
import { TraceListBody } from '@/features/traces/components/trace-list-body';
import { LoadingRows } from '@/components/loading-rows';
import { FILTER_PANEL_ID, TraceToolbar } from '@/features/traces/components/trace-toolbar';
import { useDrawerNavigation } from '@/features/traces/hooks/use-drawer-navigation';
import { type SavedView, useSavedViews } from '@/features/traces/hooks/use-saved-views';
import { useTraceList } from '@/features/traces/hooks/use-trace-list';
import { type TraceListUpdate, useTraceListState } from '@/features/traces/hooks/use-trace-list-state';
import { type TracePreferences, useTracePreferences } from '@/features/traces/hooks/use-trace-preferences';
import { filterLoaded } from '@/features/traces/filter-loaded';
import { cleanWidths, columnsOf } from '@/features/traces/trace-columns-config';
import { TRACE_ID_REASON } from '@/features/traces/trace-filter-config';
import { parseTraceSearch, toTraceSearch } from '@/features/traces/trace-url-state';
import type { TraceRating } from '@/api/contract/types';
import type { TraceFilterName } from '@/api/rules/trace-query-rules';
import { BEYOND_RETENTION_NOTICES } from '@/features/traces/trace-time-range';
import { withCatalogAreas } from '@/i18n/i18n';
import { RichText } from '@/i18n/rich-text';
import { useMessage, useT } from '@/i18n/use-t';
import { aroundTrace, clearCriteria, hasCriteria, showRelated, toAbsoluteFilters, toTraceView, withCriterion } from '@/features/traces/trace-view';

// Heavy and optional pieces are downloaded when first used (first screen budget: 200 kB gzip).
const TraceFilterPanel = lazy(
  withCatalogAreas(() => import('@/features/traces/filters/trace-filter-panel').then((module) => ({ default: module.TraceFilterPanel })), 'trace-panels'),
);
const SaveViewDialog = lazy(
  withCatalogAreas(() => import('@/features/traces/components/save-view-dialog').then((module) => ({ default: module.SaveViewDialog })), 'trace-panels'),
);
const TablePreferencesDialog = lazy(
  withCatalogAreas(
    () => import('@/features/traces/components/table-preferences-dialog').then((module) => ({ default: module.TablePreferencesDialog })),
    'trace-panels',
  ),
);

/** What a panel slotted above the list (composed by the app) can read and change. */
export interface TraceListSlot {
  view: TraceView;
  /** The list's first page is answered (or failed). */
  listReady: boolean;
  setRange: (from: number, to: number) => void;
  setCriterion: (name: TraceFilterName, value: string) => void;
  setQuickFilter: (value: string) => void;
}

export function TraceListPage({ aboveList }: { aboveList?: (slot: TraceListSlot) => ReactNode } = {}) {
  const t = useT();
  const message = useMessage();
  const { state, setState, notices, dismissNotices } = useTraceListState();
  const { preferences, update: updatePreferences } = useTracePreferences();
  const savedViews = useSavedViews();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [customRangeRequest, setCustomRangeRequest] = useState(0);
  const [autoRefresh, setAutoRefresh] = useState(false);
  const [quickFilter, setQuickFilter] = useState('');
  const [dialog, setDialog] = useState<'save' | 'preferences' | null>(null);
  const [linkCopied, setLinkCopied] = useState(false);

  const { timeZone } = preferences;
  const view = useMemo(() => toTraceView(state, preferences.pageSize), [state, preferences.pageSize]);
  const list = useTraceList(view, autoRefresh);
  const { query } = list;
  // The link's columns when it sets them, the user's own otherwise.
  const columnIds = state.columns ?? preferences.columns;
  const widths = state.widths ?? preferences.widths;
  const columns = useMemo(() => columnsOf(columnIds), [columnIds]);
  const rows = useMemo(() => filterLoaded(list.traces, quickFilter, columns, timeZone, t), [list.traces, quickFilter, columns, timeZone, t]);

  const change = useCallback(
    (update: TraceListUpdate) => setState((current) => ({ ...(typeof update === 'function' ? update(current) : update), trace: undefined })),
    [setState],
  );
  const openTrace = useCallback((traceId: string) => setState((current) => ({ ...current, trace: traceId })), [setState]);
  const moveTo = useCallback((traceId: string) => setState((current) => ({ ...current, trace: traceId }), { replace: true }), [setState]);
  const drawer = useDrawerNavigation(rows, state.trace, moveTo);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) {
      void fetchNextPage();
    }
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  const filterCount = Object.keys(state.criteria).length - 1;
  const rangeLabel = describeWindow(state.window, timeZone, t);
  const openView = (saved: SavedView) => {
    const parsed = parseTraceSearch(new URLSearchParams(saved.search), Date.now());
    // Views saved before columns were in the link keep them apart.
    const columns = parsed.state.columns ?? (saved.columns.length > 0 ? saved.columns : undefined);
    change({ ...parsed.state, columns });
  };
  const applyPreferences = (chosen: Partial<TracePreferences>) => {
    updatePreferences(chosen);
    if (chosen.columns || chosen.widths) {
      setState((current) => ({ ...current, ...(chosen.columns ? { columns: chosen.columns } : {}), ...(chosen.widths ? { widths: chosen.widths } : {}) }), { replace: true });
    }
  };
  const linkSearch = () => toTraceSearch({ ...state, columns: columnIds, widths, trace: undefined }).toString();
  const copyLink = () => {
    const search = linkSearch();
    const url = `${window.location.origin}${window.location.pathname}${search ? `?${search}` : ''}`;
    navigator.clipboard.writeText(url).then(
      () => setLinkCopied(true),
      () => setLinkCopied(false),
    );
  };

  return (
    <>
      <PageHeader
        title={t('traces.page.title')}
        description={t('traces.page.description')}
        actions={
          <ExportSlot
            filters={toAbsoluteFilters(state, Date.now())}
            disabled={list.traces.length === 0}
            quickFilter={quickFilter.trim() ? { text: quickFilter.trim(), traces: rows } : undefined}
          />
        }
      />
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, mb: 1.5 }}>
        <TraceToolbar
          state={state}
          timeZone={timeZone}
          filtersOpen={filtersOpen}
          filterCount={filterCount}
          refreshing={query.isFetching}
          autoRefresh={autoRefresh}
          canAutoRefresh={list.canAutoRefresh}
          views={savedViews.views}
          onToggleFilters={() => setFiltersOpen((open) => !open)}
          onPreset={(range) => change((current) => ({ ...current, window: { range } }))}
          onCustomRange={() => {
            setFiltersOpen(true);
            setCustomRangeRequest((count) => count + 1);
          }}
          onTimeZone={(zone) => updatePreferences({ timeZone: zone })}
          onRefresh={list.refresh}
          onAutoRefresh={setAutoRefresh}
          onOpenView={openView}
          onSaveView={() => setDialog('save')}
          onCopyLink={copyLink}
          onPreferences={() => setDialog('preferences')}
          pageSize={preferences.pageSize}
          onPageSize={(pageSize) => updatePreferences({ pageSize })}
        />
        {filtersOpen ? (
          <Suspense fallback={<Box id={FILTER_PANEL_ID} role="status" aria-busy="true" aria-label={t('traces.page.loadingFilters')} sx={{ minHeight: 120 }} />}>
            <TraceFilterPanel
              id={FILTER_PANEL_ID}
              state={state}
              timeZone={timeZone}
              customRangeRequest={customRangeRequest}
              onChange={change}
              onClose={() => setFiltersOpen(false)}
            />
          </Suspense>
        ) : null}
        <AppliedFilters
          criteria={state.criteria}
          onRemove={(name) => change((current) => withCriterion(current, name, undefined))}
          onClear={() => change(clearCriteria)}
        />
        {state.criteria.trace_id ? (
          <ListNotice tone="warning">
            <RichText
              id="traces.page.traceIdLookup"
              values={{ traceId: state.criteria.trace_id, reason: t(TRACE_ID_REASON) }}
              components={{ 0: <strong /> }}
            />
          </ListNotice>
        ) : null}
        {notices.length > 0 ? (
          <ListNotice tone="warning" action={<Button size="small" onClick={dismissNotices}>{t('traces.page.dismiss')}</Button>}>
            {t('traces.page.linkNotices')}
            <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
              {notices.map((notice) => {
                const text = message(notice);
                return <li key={text}>{text}</li>;
              })}
            </Box>
            {notices.some((notice) => BEYOND_RETENTION_NOTICES.includes(notice.id)) ? (
              <RouterLink to={`/archive${state.criteria.user ? `?user=${encodeURIComponent(state.criteria.user)}` : ''}`}>{t('traces.page.olderTraces')}</RouterLink>
            ) : null}
          </ListNotice>
        ) : null}
        {linkCopied ? <ListNotice action={<Button size="small" onClick={() => setLinkCopied(false)}>{t('traces.page.dismiss')}</Button>}>{t('traces.page.linkCopied')}</ListNotice> : null}
        {list.newer.count > 0 ? (
          <ListNotice action={<Button size="small" onClick={list.refresh}>{t('traces.page.newer.show')}</Button>}>
            {t(list.newer.more ? 'traces.page.newer.more' : 'traces.page.newer.count', { count: list.newer.count })}
          </ListNotice>
        ) : null}
        {aboveList?.({
          view,
          listReady: !query.isPending,
          setRange: (from, to) => change((current) => ({ ...current, window: { from, to } })),
          setCriterion: (name, value) =>
            change((current) => (name === 'trace_rating' ? withCriterion(current, name, value as TraceRating) : withCriterion(current, name, value))),
          setQuickFilter,
        })}
        <QuickFilter value={quickFilter} loaded={list.traces.length} onChange={setQuickFilter} />
      </Box>
      <Paper variant="outlined" sx={{ position: 'relative', overflow: 'hidden' }} aria-busy={query.isFetching && !query.isPending}>
        {query.isFetching && !query.isPending ? (
          <LinearProgress aria-label={t('traces.page.loadingTraces')} sx={{ position: 'absolute', top: 0, left: 0, right: 0, zIndex: 2 }} />
        ) : null}
        <TraceListBody
          isPending={query.isPending}
          error={query.error}
          loadedCount={list.traces.length}
          shownCount={rows.length}
          hasNextPage={query.hasNextPage}
          isFetchingNextPage={query.isFetchingNextPage}
          filtered={hasCriteria(state.criteria)}
          quickFilter={quickFilter}
          rangeLabel={rangeLabel}
          onRetry={() => void query.refetch()}
          onLoadMore={loadMore}
          onClearFilters={() => change(clearCriteria)}
          onClearQuickFilter={() => setQuickFilter('')}
          table={
            <Suspense fallback={<LoadingRows label={t('traces.page.loadingTraces')} rows={8} height={28} />}>
              <LazyTraceTable.Component
                traces={rows}
                columns={columns}
                widths={widths}
                timeZone={timeZone}
                openTraceId={state.trace}
                onOpen={openTrace}
                onEndReached={loadMore}
                onResize={(id, width) => applyPreferences({ widths: cleanWidths({ ...widths, [id]: width }) })}
                onReorder={(ids) => applyPreferences({ columns: ids })}
              />
            </Suspense>
          }
        />
      </Paper>
      {state.trace ? (
        <TraceDrawerSlot
          traceId={state.trace}
          trace={drawer.trace}
          onClose={() => setState((current) => ({ ...current, trace: undefined }))}
          onPrevious={drawer.onPrevious}
          onNext={drawer.onNext}
          onShowRelated={(filters) => change((current) => showRelated(current, filters))}
          onShowAround={
            drawer.trace === undefined && !query.isPending && !query.isError
              ? (time) => setState((current) => aroundTrace(current, state.trace ?? '', time, Date.now()))
              : undefined
          }
          timeZone={timeZone}
        />
      ) : null}
      <Suspense fallback={null}>
        {dialog === 'save' ? (
          <SaveViewDialog
            views={savedViews.views}
            onSave={(name) => savedViews.save({ name, search: linkSearch(), columns: columnIds })}
            onRemove={savedViews.remove}
            onClose={() => setDialog(null)}
          />
        ) : null}
        {dialog === 'preferences' ? (
          <TablePreferencesDialog preferences={{ ...preferences, columns: columnIds, widths }} onApply={applyPreferences} onClose={() => setDialog(null)} />
        ) : null}
      </Suspense>
    </>
  );
}
