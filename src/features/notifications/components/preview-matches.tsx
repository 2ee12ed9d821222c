import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { Trace } from '@/api/contract/types';
import { ScrollableTable } from '@/components/scrollable-table';
import { TimeText } from '@/components/time-text';
import { formatFilterRule } from '@/api/rules/filter-rule';
import { type PreviewRule, matchedFilterRules, userNameOf } from '@/features/notifications/preview/preview-matching';
import type { MessageId, Translate } from '@/i18n/message-id';
import { useT } from '@/i18n/use-t';

/** Shown at most; the count above says how many matched in all. */
export const MAX_LISTED_MATCHES = 100;

/** `trace_id` makes CTS ignore every other criterion, the time window included (L1611). */
export function traceLink(traceId: string): string {
  return `/traces?${new URLSearchParams({ trace_id: traceId }).toString()}`;
}

/** Shape as well as colour tells ratings apart; the symbol is not read out. */
const RATING_LOOK: Record<string, { symbol: string; color: string; label: MessageId }> = {
  normal: { symbol: '○', color: 'text.primary', label: 'notifications.preview.rating.normal' },
  warning: { symbol: '▲', color: 'warning.main', label: 'notifications.preview.rating.warning' },
  incident: { symbol: '■', color: 'error.main', label: 'notifications.preview.rating.incident' },
};

function RatingText({ rating }: { rating: string | undefined }) {
  const t = useT();
  const look = Object.hasOwn(RATING_LOOK, rating ?? '') ? RATING_LOOK[rating ?? ''] : undefined;
  return (
    <Typography component="span" variant="body2" sx={{ color: look?.color, whiteSpace: 'nowrap', fontWeight: rating === 'incident' ? 600 : undefined }}>
      {look ? <span aria-hidden="true">{`${look.symbol} `}</span> : null}
      {look ? t(look.label) : rating || '—'}
    </Typography>
  );
}

/** Which of the filter's rules the trace met; without a filter, its operation and user were enough. */
function matchedRuleText(trace: Trace, filter: PreviewRule['filter'], t: Translate): string {
  if (filter === null || filter.rules.length === 0) {
    return t('notifications.preview.noFilter');
  }
  return matchedFilterRules(trace, filter)
    .map(formatFilterRule)
    .join(filter.condition === 'AND' ? t('notifications.preview.matched.and') : t('notifications.preview.matched.or'));
}

export function PreviewMatches({ matches, filter }: { matches: Trace[]; filter: PreviewRule['filter'] }) {
  const t = useT();
  if (matches.length === 0) {
    return null;
  }
  const listed = matches.slice(0, MAX_LISTED_MATCHES);
  return (
    <>
      <ScrollableTable label={t('notifications.preview.table.scrollLabel')}>
        <Table size="small" aria-label={t('notifications.preview.table.label')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('notifications.preview.column.time')}</TableCell>
              <TableCell>{t('notifications.preview.column.traceName')}</TableCell>
              <TableCell>{t('notifications.preview.column.service')}</TableCell>
              <TableCell>{t('notifications.preview.column.user')}</TableCell>
              <TableCell>{t('notifications.preview.column.rating')}</TableCell>
              <TableCell>{t('notifications.preview.column.code')}</TableCell>
              <TableCell>{t('notifications.preview.column.matchedRule')}</TableCell>
              <TableCell>{t('notifications.preview.column.resource')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {listed.map((trace) => (
              <TableRow key={trace.trace_id}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <TimeText value={trace.time} />
                </TableCell>
                <TableCell>
                  <Link
                    component={RouterLink}
                    to={traceLink(trace.trace_id)}
                    target="_blank"
                    rel="noopener"
                    aria-label={t('notifications.preview.openTrace', { name: trace.trace_name, id: trace.trace_id })}
                  >
                    {trace.trace_name}
                  </Link>
                </TableCell>
                <TableCell>{`${trace.service_type} › ${trace.resource_type}`}</TableCell>
                <TableCell>{userNameOf(trace) ?? '—'}</TableCell>
                <TableCell>
                  <RatingText rating={trace.trace_rating} />
                </TableCell>
                <TableCell>{trace.code ?? '—'}</TableCell>
                <TableCell>
                  <Typography component="code" variant="body2" sx={{ fontFamily: 'monospace', fontSize: '0.8125rem', whiteSpace: 'nowrap' }}>
                    {matchedRuleText(trace, filter, t)}
                  </Typography>
                </TableCell>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>{trace.resource_name ?? trace.resource_id ?? '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollableTable>
      {matches.length > listed.length ? (
        <Typography variant="body2" color="text.secondary">{t('notifications.preview.listed', { listed: listed.length, total: matches.length })}</Typography>
      ) : null}
    </>
  );
}
