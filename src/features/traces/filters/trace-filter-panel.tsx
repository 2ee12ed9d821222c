import CloseIcon from '@mui/icons-material/Close';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { OperationPickers } from '@/features/traces/filters/operation-pickers';
import { RatingField } from '@/features/traces/filters/rating-field';
import { TextCriterionField } from '@/features/traces/filters/text-criterion-field';
import { TraceTypeFields } from '@/features/traces/filters/trace-type-fields';
import { UserField } from '@/features/traces/filters/user-field';
import { MANAGEMENT_ONLY_REASON, TRACE_ID_REASON } from '@/features/traces/trace-filter-config';
import type { TimeZoneChoice } from '@/components/time-format';
import { type TraceCriteria, omitFilters } from '@/api/rules/trace-query-rules';
import type { TraceListState } from '@/features/traces/trace-url-state';
import { withCriterion, withTraceType } from '@/features/traces/trace-view';
import { useT } from '@/i18n/use-t';

const CustomRangeFields = lazy(() => import('@/features/traces/filters/custom-range-fields').then((module) => ({ default: module.CustomRangeFields })));

interface TraceFilterPanelProps {
  id: string;
  state: TraceListState;
  timeZone: TimeZoneChoice;
  /** Increases when the user asks for a custom range: the pickers open and take the focus. */
  customRangeRequest: number;
  /** Each change is derived from the latest state, so quick edits of two fields both land. */
  onChange: (update: (current: TraceListState) => TraceListState) => void;
  onClose: () => void;
}

const grid = { display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', alignItems: 'start' } as const;

/** Every filter CTS offers; each applies at once (text on Enter or leaving the field) and lands in the URL. */
export function TraceFilterPanel({ id, state, timeZone, customRangeRequest, onChange, onClose }: TraceFilterPanelProps) {
  const t = useT();
  const headingId = useId();
  const rangeRef = useRef<HTMLHeadingElement>(null);
  const [showRange, setShowRange] = useState(customRangeRequest > 0 || !('range' in state.window));
  const { criteria } = state;
  const lookup = Boolean(criteria.trace_id);
  const managementOnly = criteria.trace_type === 'data' ? t(MANAGEMENT_ONLY_REASON) : lookup ? t(TRACE_ID_REASON) : undefined;
  const shared = lookup ? t(TRACE_ID_REASON) : undefined;
  const set = <K extends Exclude<keyof typeof criteria, 'trace_type'>>(name: K) => (value: (typeof criteria)[K] | undefined) => onChange((current) => withCriterion(current, name, value));

  useEffect(() => {
    if (customRangeRequest > 0) {
      setShowRange(true);
      rangeRef.current?.focus();
    }
  }, [customRangeRequest]);

  return (
    <Paper
      id={id}
      component="section"
      aria-labelledby={headingId}
      variant="outlined"
      // A disabled field's helper text gives the reason: it must stay readable (AA contrast).
      sx={{ p: 2, '& .MuiFormHelperText-root.Mui-disabled': { color: 'text.secondary' } }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Typography id={headingId} variant="h2" sx={{ fontSize: '1.1rem' }}>
          {t('traces.filters.title')}
        </Typography>
        <IconButton aria-label={t('traces.filters.close')} onClick={onClose}>
          <CloseIcon />
        </IconButton>
      </Box>
      <Box sx={grid}>
        <TraceTypeFields
          traceType={criteria.trace_type}
          trackerName={criteria.tracker_name}
          disabledReason={shared}
          onTraceType={(type) => onChange((current) => withTraceType(current, type))}
          onTracker={set('tracker_name')}
        />
      </Box>
      <Typography variant="h3" sx={{ fontSize: '1rem', mt: 2, mb: 1 }}>
        {t('traces.filters.operation')}
      </Typography>
      <Box sx={grid}>
        <OperationPickers
          value={{ service_type: criteria.service_type, resource_type: criteria.resource_type, trace_name: criteria.trace_name }}
          disabledReason={managementOnly}
          onChange={(selection) => onChange((current) => ({ ...current, criteria: withOperation(current, selection), trace: undefined }))}
        />
        <RatingField value={criteria.trace_rating} disabledReason={managementOnly} onChange={set('trace_rating')} />
      </Box>
      <Typography variant="h3" sx={{ fontSize: '1rem', mt: 2, mb: 1 }}>
        {t('traces.filters.whoAndWhat')}
      </Typography>
      <Box sx={grid}>
        <UserField value={criteria.user} disabledReason={managementOnly} onChange={set('user')} />
        <TextCriterionField label={t('traces.criteria.resource_name')} value={criteria.resource_name} disabledReason={managementOnly} onCommit={set('resource_name')} />
        <TextCriterionField label={t('traces.criteria.resource_id')} value={criteria.resource_id} disabledReason={managementOnly} onCommit={set('resource_id')} />
        <TextCriterionField label={t('traces.criteria.access_key_id')} value={criteria.access_key_id} disabledReason={shared} onCommit={set('access_key_id')} />
        <TextCriterionField label={t('traces.criteria.enterprise_project_id')} value={criteria.enterprise_project_id} disabledReason={shared} onCommit={set('enterprise_project_id')} />
        <TextCriterionField
          label={t('traces.criteria.trace_id')}
          value={criteria.trace_id}
          disabledReason={criteria.trace_type === 'data' ? t(MANAGEMENT_ONLY_REASON) : undefined}
          hint={t('traces.filters.traceIdHint')}
          onCommit={set('trace_id')}
        />
      </Box>
      <Typography ref={rangeRef} tabIndex={-1} variant="h3" sx={{ fontSize: '1rem', mt: 2, mb: 1 }}>
        {t('traces.filters.customRange')}
      </Typography>
      {showRange ? (
        <Suspense fallback={<Typography variant="body2">{t('traces.filters.loadingPickers')}</Typography>}>
          <CustomRangeFields
            key={'range' in state.window ? state.window.range : `${state.window.from}-${state.window.to}`}
            window={state.window}
            timeZone={timeZone}
            disabledReason={lookup ? t(TRACE_ID_REASON) : undefined}
            onApply={(window) => onChange((current) => ({ ...current, window, trace: undefined }))}
          />
        </Suspense>
      ) : (
        <Button variant="outlined" onClick={() => setShowRange(true)}>
          {t('traces.filters.chooseRange')}
        </Button>
      )}
    </Paper>
  );
}

function withOperation(state: TraceListState, selection: { service_type?: string; resource_type?: string; trace_name?: string }): TraceCriteria {
  const criteria = omitFilters(state.criteria, ['service_type', 'resource_type', 'trace_name']);
  return { ...criteria, ...Object.fromEntries(Object.entries(selection).filter(([, value]) => value)) };
}
