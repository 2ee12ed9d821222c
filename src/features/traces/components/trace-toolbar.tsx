import FilterListIcon from '@mui/icons-material/FilterList';
import RefreshIcon from '@mui/icons-material/Refresh';
import SettingsOutlined from '@mui/icons-material/SettingsOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useState } from 'react';
import type { TraceRange } from '@/api/rules/trace-query-rules';
import { SavedViewsMenu } from '@/features/traces/components/saved-views-menu';
import { TimeRangeMenu } from '@/features/traces/components/time-range-menu';
import { TimeZoneToggle } from '@/features/traces/components/time-zone-toggle';
import type { SavedView } from '@/features/traces/hooks/use-saved-views';
import type { TimeZoneChoice } from '@/components/time-format';
import type { TraceListState } from '@/features/traces/trace-url-state';
import { PageSizeSelect } from '@/features/traces/components/page-size-select';
import { useT } from '@/i18n/use-t';

export const FILTER_PANEL_ID = 'trace-filter-panel';
const MORE_CONTROLS_ID = 'trace-toolbar-more';

interface TraceToolbarProps {
  state: TraceListState;
  timeZone: TimeZoneChoice;
  filtersOpen: boolean;
  filterCount: number;
  refreshing: boolean;
  autoRefresh: boolean;
  canAutoRefresh: boolean;
  views: readonly SavedView[];
  onToggleFilters: () => void;
  onPreset: (range: TraceRange) => void;
  onCustomRange: () => void;
  onTimeZone: (zone: TimeZoneChoice) => void;
  onRefresh: () => void;
  onAutoRefresh: (on: boolean) => void;
  onOpenView: (view: SavedView) => void;
  onSaveView: () => void;
  onCopyLink: () => void;
  onPreferences: () => void;
  pageSize: number;
  onPageSize: (size: number) => void;
}

export function TraceToolbar(props: TraceToolbarProps) {
  const t = useT();
  const { state, timeZone } = props;
  // On a phone the less used controls fold away, so that the traces start on the first screen.
  const [moreOpen, setMoreOpen] = useState(false);
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
      <TimeRangeMenu
        window={state.window}
        timeZone={timeZone}
        setAside={Boolean(state.criteria.trace_id)}
        onPreset={props.onPreset}
        onCustom={props.onCustomRange}
      />
      <Button
        variant={props.filtersOpen ? 'contained' : 'outlined'}
        startIcon={<FilterListIcon />}
        aria-expanded={props.filtersOpen}
        aria-controls={FILTER_PANEL_ID}
        onClick={props.onToggleFilters}
      >
        {props.filterCount > 0 ? t('traces.toolbar.filtersCount', { count: props.filterCount }) : t('traces.toolbar.filters')}
      </Button>
      <Button
        aria-expanded={moreOpen}
        aria-controls={MORE_CONTROLS_ID}
        onClick={() => setMoreOpen((open) => !open)}
        sx={{ display: { xs: 'inline-flex', sm: 'none' } }}
      >
        {moreOpen ? t('traces.toolbar.fewerOptions') : t('traces.toolbar.moreOptions')}
      </Button>
      <Box id={MORE_CONTROLS_ID} sx={{ display: { xs: moreOpen ? 'flex' : 'none', sm: 'contents' }, flexWrap: 'wrap', alignItems: 'center', gap: 1, width: { xs: '100%', sm: 'auto' } }}>
        <TimeZoneToggle value={timeZone} onChange={props.onTimeZone} />
        <Box sx={{ flex: '1 1 0' }} />
        <Button startIcon={<RefreshIcon />} onClick={props.onRefresh} disabled={props.refreshing}>
          {t('traces.toolbar.refresh')}
        </Button>
        <Button
          aria-pressed={props.autoRefresh}
          variant={props.autoRefresh ? 'contained' : 'text'}
          disabled={!props.canAutoRefresh}
          title={props.canAutoRefresh ? t('traces.toolbar.autoRefresh.hint') : t('traces.toolbar.autoRefresh.unavailable')}
          onClick={() => props.onAutoRefresh(!props.autoRefresh)}
        >
          {props.autoRefresh ? t('traces.toolbar.autoRefresh.on') : t('traces.toolbar.autoRefresh.off')}
        </Button>
        <SavedViewsMenu views={props.views} onOpenView={props.onOpenView} onSave={props.onSaveView} onCopyLink={props.onCopyLink} />
        <PageSizeSelect value={props.pageSize} onChange={props.onPageSize} />
        <Button startIcon={<SettingsOutlined />} onClick={props.onPreferences}>
          {t('traces.toolbar.columns')}
        </Button>
      </Box>
    </Box>
  );
}
