import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { ScrollableTable } from '@/components/scrollable-table';
import { FIELD_VALUE_CELL, describeFieldValue } from '@/components/field-diff-table';
import { WHOLE_BODY_PATH, configurationFields } from '@/features/traces/drawer/what-changed/body-diff';
import { useT } from '@/i18n/use-t';

/** A request body as the configuration it sets: one row per field, nested fields by path. */
export function ConfigurationTable({ body, label }: { body: unknown; label: string }) {
  const t = useT();
  const fields = configurationFields(body);
  if (fields.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {t('traces.changes.noBody')}
      </Typography>
    );
  }
  return (
    <ScrollableTable label={label}>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            <TableCell>{t('traces.changes.field')}</TableCell>
            <TableCell>{t('traces.changes.value')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {fields.map((field) => (
            <TableRow key={field.path}>
              <TableCell sx={FIELD_VALUE_CELL}>
                <bdi>{field.path === WHOLE_BODY_PATH ? t('traces.changes.wholeBody') : field.path}</bdi>
              </TableCell>
              <TableCell sx={FIELD_VALUE_CELL}>
                <bdi>{describeFieldValue(field.value)}</bdi>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollableTable>
  );
}
