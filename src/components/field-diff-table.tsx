import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { ScrollableTable } from '@/components/scrollable-table';

/** One field that differs between two configurations, at a path such as `obs_info.bucket_name` or `operations[0].service_type`. */
export interface FieldChange {
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

/** A field value as text: JSON for everything, so "" and "0" read apart from nothing and 0. */
export function describeFieldValue(value: unknown): string {
  return value === undefined ? '—' : JSON.stringify(value);
}

/** The kind of change in words and a sign (no colour: it must read in both schemes and to everyone). */
const KIND_TEXT: Record<FieldChange['kind'], string> = { added: '+ Added', removed: '− Removed', changed: '~ Changed' };

/** A field's path or value: monospace, wrapping anywhere, as every field table shows them. */
export const FIELD_VALUE_CELL = { fontFamily: 'monospace', fontSize: 12.5, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap', minWidth: 120 } as const;

interface FieldDiffTableProps {
  changes: readonly FieldChange[];
  /** The table's name (and its scroll region's). */
  label?: string;
  /** The Change column: left out where the surrounding text already says what kind of step it was. */
  showKind?: boolean;
}

/** Field, before and after of each change: the trace drawer's "what changed" and each step of a resource's timeline. */
export function FieldDiffTable({ changes, label = 'Changed fields', showKind = true }: FieldDiffTableProps) {
  return (
    <ScrollableTable label={label}>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            <TableCell>Field</TableCell>
            {showKind ? <TableCell>Change</TableCell> : null}
            <TableCell>Before</TableCell>
            <TableCell>After</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {changes.map((change) => (
            <TableRow key={`${change.kind}:${change.path}`}>
              <TableCell sx={FIELD_VALUE_CELL}>
                <bdi>{change.path}</bdi>
              </TableCell>
              {showKind ? <TableCell sx={{ whiteSpace: 'nowrap', fontWeight: 500 }}>{KIND_TEXT[change.kind]}</TableCell> : null}
              <TableCell sx={FIELD_VALUE_CELL}>
                <bdi>{change.kind === 'added' ? '—' : describeFieldValue(change.before)}</bdi>
              </TableCell>
              <TableCell sx={FIELD_VALUE_CELL}>
                <bdi>{change.kind === 'removed' ? '—' : describeFieldValue(change.after)}</bdi>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollableTable>
  );
}
