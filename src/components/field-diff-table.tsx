import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { ScrollableTable } from '@/components/scrollable-table';
import { useT } from '@/i18n/use-t';
import type { MessageId } from '@/i18n/message-id';

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
const KIND_TEXT = { added: 'common.fieldDiff.added', removed: 'common.fieldDiff.removed', changed: 'common.fieldDiff.changed' } as const satisfies Record<FieldChange['kind'], MessageId>;

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
export function FieldDiffTable({ changes, label: givenLabel, showKind = true }: FieldDiffTableProps) {
  const t = useT();
  const label = givenLabel ?? t('common.fieldDiff.label');
  return (
    <ScrollableTable label={label}>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            <TableCell>{t('common.fieldDiff.field')}</TableCell>
            {showKind ? <TableCell>{t('common.fieldDiff.change')}</TableCell> : null}
            <TableCell>{t('common.fieldDiff.before')}</TableCell>
            <TableCell>{t('common.fieldDiff.after')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {changes.map((change) => (
            <TableRow key={`${change.kind}:${change.path}`}>
              <TableCell sx={FIELD_VALUE_CELL}>
                <bdi>{change.path}</bdi>
              </TableCell>
              {showKind ? <TableCell sx={{ whiteSpace: 'nowrap', fontWeight: 500 }}>{t(KIND_TEXT[change.kind])}</TableCell> : null}
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
