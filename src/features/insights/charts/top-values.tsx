import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Typography from '@mui/material/Typography';
import { useChartFormat } from '@/features/insights/charts/chart-format';
import { TOP_VALUE_FIELDS, type TopValue, type TopValueField } from '@/features/insights/scan/scan-analysis';
import { useT } from '@/i18n/use-t';

export type TopValueFilter = (typeof TOP_VALUE_FIELDS)[number]['filter'];

interface TopValuesProps {
  values: Record<TopValueField, TopValue[]>;
  /** A click filters the trace list: by the API filter when CTS has one, else by the quick filter. */
  onPick?: (pick: { field: TopValueField; filter: TopValueFilter; value: string }) => void;
}

/** The ten most frequent values of each field among the traces read, with count and share. */
export function TopValues({ values, onPick }: TopValuesProps) {
  const t = useT();
  const format = useChartFormat();
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))' }}>
      {TOP_VALUE_FIELDS.map(({ field, label, filter }) => (
        <Box key={field} component="section" aria-labelledby={`top-${field}`}>
          <Typography id={`top-${field}`} variant="subtitle2" component="h3">
            {t(label)}
            <Typography component="span" variant="caption" color="text.secondary">
              {onPick ? t(filter ? 'insights.top.clickToFilter' : 'insights.top.clickToQuickFilter') : ''}
            </Typography>
          </Typography>
          {values[field].length === 0 ? (
            <Typography variant="body2" color="text.secondary">{t('insights.top.none')}</Typography>
          ) : (
            <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }}>
              {values[field].map((top) => {
                const text = (
                  <>
                    <Box component="span" sx={{ position: 'absolute', inset: 0, width: `${Math.max(1, top.share * 100)}%`, bgcolor: 'action.hover' }} />
                    <Box component="span" sx={{ position: 'relative', flex: 1, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', textAlign: 'left' }}>
                      {top.value}
                    </Box>
                    <Box component="span" sx={{ position: 'relative', color: 'text.secondary', fontVariantNumeric: 'tabular-nums' }}>
                      {format.count(top.count)} · {format.share(top.share)}
                    </Box>
                  </>
                );
                const rowSx = { position: 'relative', display: 'flex', gap: 1, width: '100%', px: 0.5, py: 0.25, typography: 'body2' } as const;
                return (
                  <li key={top.value}>
                    {onPick ? (
                      <ButtonBase
                        sx={{ ...rowSx, '&:hover, &:focus-visible': { outline: 1, outlineColor: 'primary.main' } }}
                        aria-label={t(filter ? 'insights.top.filterLabel' : 'insights.top.quickFilterLabel', { field: t(label), value: top.value, count: top.count, share: format.share(top.share) })}
                        onClick={() => onPick({ field, filter, value: top.value })}
                      >
                        {text}
                      </ButtonBase>
                    ) : (
                      <Box sx={rowSx}>{text}</Box>
                    )}
                  </li>
                );
              })}
            </Box>
          )}
        </Box>
      ))}
    </Box>
  );
}
