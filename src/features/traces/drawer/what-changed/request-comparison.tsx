import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { Trace } from '@/api/contract/types';
import { JsonView } from '@/components/json-view';
import type { TimeZoneChoice } from '@/components/time-format';
import { describeSetting } from '@/features/traces/drawer/what-changed/describe-setting';
import { diffBodies } from '@/features/traces/drawer/what-changed/body-diff';
import { FieldDiffTable } from '@/components/field-diff-table';

interface RequestComparisonProps {
  previous: Trace;
  trace: Trace;
  timeZone: TimeZoneChoice;
}

/** The previous setting's request and this one side by side, then their field-level diff. */
export function RequestComparison({ previous, trace, timeZone }: RequestComparisonProps) {
  const changes = diffBodies(previous.request, trace.request);
  const setBy = describeSetting(previous, timeZone);
  return (
    <>
      <Typography variant="body2" component="p" sx={{ mb: 1.5 }}>
        Compared with the previous setting of this resource: <bdi>{setBy}</bdi>.
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 1.5, mb: 1.5 }}>
        <Box>
          <Typography variant="caption" color="text.secondary" component="p">
            Previous request
          </Typography>
          <JsonView value={previous.request as unknown} label="previous request" defaultOpenDepth={3} />
        </Box>
        <Box>
          <Typography variant="caption" color="text.secondary" component="p">
            This request
          </Typography>
          <JsonView value={trace.request as unknown} label="this request" defaultOpenDepth={3} />
        </Box>
      </Box>
      {changes.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          This request sets the same fields to the same values as the previous one.
        </Typography>
      ) : (
        <>
          <FieldDiffTable changes={changes} />
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
            Request bodies are compared: a field this request does not send shows as removed, though an update may leave it as it was.
          </Typography>
        </>
      )}
    </>
  );
}
