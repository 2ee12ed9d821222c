import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { Trace } from '@/api/contract/types';
import { JsonView } from '@/components/json-view';
import type { TimeZoneChoice } from '@/components/time-format';
import { describeSetting } from '@/features/traces/drawer/what-changed/describe-setting';
import { WHOLE_BODY_PATH, diffBodies } from '@/features/traces/drawer/what-changed/body-diff';
import { FieldDiffTable } from '@/components/field-diff-table';
import { RichText } from '@/i18n/rich-text';
import { useT } from '@/i18n/use-t';

interface RequestComparisonProps {
  previous: Trace;
  trace: Trace;
  timeZone: TimeZoneChoice;
}

/** The previous setting's request and this one side by side, then their field-level diff. */
export function RequestComparison({ previous, trace, timeZone }: RequestComparisonProps) {
  const t = useT();
  // The path of a body that is not JSON is a word: named in the active language.
  const changes = diffBodies(previous.request, trace.request).map((change) =>
    change.path === WHOLE_BODY_PATH ? { ...change, path: t('traces.changes.wholeBody') } : change,
  );
  const setBy = describeSetting(previous, timeZone, t);
  return (
    <>
      <Typography variant="body2" component="p" sx={{ mb: 1.5 }}>
        <RichText id="traces.changes.comparedWith" values={{ setting: setBy }} components={{ 0: <bdi /> }} />
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 1.5, mb: 1.5 }}>
        <Box>
          <Typography variant="caption" color="text.secondary" component="p">
            {t('traces.changes.previousRequest')}
          </Typography>
          <JsonView value={previous.request as unknown} label={t('traces.changes.previousRequestName')} defaultOpenDepth={3} />
        </Box>
        <Box>
          <Typography variant="caption" color="text.secondary" component="p">
            {t('traces.changes.thisRequest')}
          </Typography>
          <JsonView value={trace.request as unknown} label={t('traces.changes.thisRequestName')} defaultOpenDepth={3} />
        </Box>
      </Box>
      {changes.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('traces.changes.same')}
        </Typography>
      ) : (
        <>
          <FieldDiffTable changes={changes} />
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
            {t('traces.changes.bodiesNote')}
          </Typography>
        </>
      )}
    </>
  );
}
