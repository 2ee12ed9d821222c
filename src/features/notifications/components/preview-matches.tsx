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

/** Shown at most; the count above says how many matched in all. */
export const MAX_LISTED_MATCHES = 100;

/** `trace_id` makes CTS ignore every other criterion, the time window included (L1611). */
export function traceLink(traceId: string): string {
  return `/traces?${new URLSearchParams({ trace_id: traceId }).toString()}`;
}

/** Shape as well as colour tells ratings apart; the symbol is not read out. */
const RATING_LOOK: Record<string, { symbol: string; color: string }> = {
  normal: { symbol: '○', color: 'text.primary' },
  warning: { symbol: '▲', color: 'warning.main' },
  incident: { symbol: '■', color: 'error.main' },
};

function RatingText({ rating }: { rating: string | undefined }) {
  const look = RATING_LOOK[rating ?? ''];
  return (
    <Typography component="span" variant="body2" sx={{ color: look?.color, whiteSpace: 'nowrap', fontWeight: rating === 'incident' ? 600 : undefined }}>
      {look ? <span aria-hidden="true">{`${look.symbol} `}</span> : null}
      {rating || '—'}
    </Typography>
  );
}

/** Which of the filter's rules the trace met; without a filter, its operation and user were enough. */
function matchedRuleText(trace: Trace, filter: PreviewRule['filter']): string {
  if (filter === null || filter.rules.length === 0) {
    return 'No filter: operation and user';
  }
  return matchedFilterRules(trace, filter).map(formatFilterRule).join(filter.condition === 'AND' ? ' and ' : ', ');
}

export function PreviewMatches({ matches, filter }: { matches: Trace[]; filter: PreviewRule['filter'] }) {
  if (matches.length === 0) {
    return null;
  }
  const listed = matches.slice(0, MAX_LISTED_MATCHES);
  return (
    <>
      <ScrollableTable label="Matching traces table">
        <Table size="small" aria-label="Traces that would have triggered the notification">
          <TableHead>
            <TableRow>
              <TableCell>Time</TableCell>
              <TableCell>Trace name</TableCell>
              <TableCell>Service › resource type</TableCell>
              <TableCell>User</TableCell>
              <TableCell>Rating</TableCell>
              <TableCell>Code</TableCell>
              <TableCell>Matched rule</TableCell>
              <TableCell>Resource</TableCell>
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
                    aria-label={`${trace.trace_name} ${trace.trace_id}: open in the trace list (new tab)`}
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
                    {matchedRuleText(trace, filter)}
                  </Typography>
                </TableCell>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>{trace.resource_name ?? trace.resource_id ?? '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollableTable>
      {matches.length > listed.length ? (
        <Typography variant="body2" color="text.secondary">{`The ${listed.length} newest of ${matches.length} matches are listed.`}</Typography>
      ) : null}
    </>
  );
}
