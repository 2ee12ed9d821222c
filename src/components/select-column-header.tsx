import Box from '@mui/material/Box';
import TableCell from '@mui/material/TableCell';
import { visuallyHidden } from '@mui/utils';

/** The header of a table's checkbox column: named for assistive technology, blank on screen. */
export function SelectColumnHeader() {
  return (
    <TableCell padding="checkbox">
      <Box component="span" sx={visuallyHidden}>
        Select
      </Box>
    </TableCell>
  );
}
