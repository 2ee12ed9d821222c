import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { ScrollableTable } from '@/components/scrollable-table';
import { type FieldChange, describeFieldValue } from '@/features/traces/drawer/what-changed/body-diff';

/** The kind of change in words and a sign (no colour: it must read in both schemes and to everyone). */
const KIND_TEXT: Record<FieldChange['kind'], string> = { added: '+ Added', removed: '− Removed', changed: '~ Changed' };

const valueCell = { fontFamily: 'monospace', fontSize: 12.5, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap', minWidth: 120 } as const;

export function FieldDiffTable({ changes }: { changes: FieldChange[] }) {
  return (
    <ScrollableTable label="Changed fields">
      <Table size="small" aria-label="Changed fields">
        <TableHead>
          <TableRow>
            <TableCell>Field</TableCell>
            <TableCell>Change</TableCell>
            <TableCell>Before</TableCell>
            <TableCell>After</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {changes.map((change) => (
            <TableRow key={`${change.kind}:${change.path}`}>
              <TableCell sx={valueCell}>
                <bdi>{change.path}</bdi>
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap', fontWeight: 500 }}>{KIND_TEXT[change.kind]}</TableCell>
              <TableCell sx={valueCell}>
                <bdi>{change.kind === 'added' ? '—' : describeFieldValue(change.before)}</bdi>
              </TableCell>
              <TableCell sx={valueCell}>
                <bdi>{change.kind === 'removed' ? '—' : describeFieldValue(change.after)}</bdi>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollableTable>
  );
}
