import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { ScrollableTable } from '@/components/scrollable-table';
import { FIELD_VALUE_CELL, describeFieldValue } from '@/components/field-diff-table';
import { configurationFields } from '@/features/traces/drawer/what-changed/body-diff';

/** A request body as the configuration it sets: one row per field, nested fields by path. */
export function ConfigurationTable({ body, label }: { body: unknown; label: string }) {
  const fields = configurationFields(body);
  if (fields.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        The request carries no body.
      </Typography>
    );
  }
  return (
    <ScrollableTable label={label}>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            <TableCell>Field</TableCell>
            <TableCell>Value</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {fields.map((field) => (
            <TableRow key={field.path}>
              <TableCell sx={FIELD_VALUE_CELL}>
                <bdi>{field.path}</bdi>
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
