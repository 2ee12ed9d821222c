import Box from '@mui/material/Box';
import TableCell from '@mui/material/TableCell';
import { visuallyHidden } from '@mui/utils';
import { useT } from '@/i18n/use-t';

/** The header of a table's checkbox column: named for assistive technology, blank on screen. */
export function SelectColumnHeader() {
  const t = useT();
  return (
    <TableCell padding="checkbox">
      <Box component="span" sx={visuallyHidden}>
        {t('common.table.select')}
      </Box>
    </TableCell>
  );
}
