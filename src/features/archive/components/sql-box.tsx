import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { memo, useState } from 'react';
import { isReadOnlyQuery } from '@/features/archive/engine/archive-sql';
import type { QueryResult } from '@/features/archive/engine/duckdb-engine';
import { useT } from '@/i18n/use-t';

const SHOWN_ROWS = 200;

/** A read-only SQL box over the `traces` view (README: "The archive"). */
export const SqlBox = memo(function SqlBox({ onRun, disabled }: { onRun: (sql: string) => Promise<QueryResult>; disabled: boolean }) {
  const t = useT();
  const [sql, setSql] = useState('SELECT user_name, count(*) AS traces FROM traces GROUP BY user_name ORDER BY traces DESC');
  const [result, setResult] = useState<QueryResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const readOnly = isReadOnlyQuery(sql);
  const run = async () => {
    setError(null);
    try {
      setResult(await onRun(sql));
    } catch (caught) {
      setResult(null);
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <TextField
        label={t('archive.sql.label')}
        multiline
        minRows={3}
        value={sql}
        onChange={(event) => setSql(event.target.value)}
        error={!readOnly}
        helperText={readOnly ? t('archive.sql.helper') : t('archive.sql.notReadOnly')}
        slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
      />
      <Box>
        <Button variant="outlined" disabled={disabled || !readOnly} onClick={() => void run()}>{t('archive.sql.run')}</Button>
      </Box>
      {error ? <Typography color="error" role="alert">{error}</Typography> : null}
      {result ? (
        <Box sx={{ overflowX: 'auto' }}>
          <Typography variant="body2" color="text.secondary" role="status">
            {result.rows.length > SHOWN_ROWS ? t('archive.sql.rowsFirstShown', { count: result.rows.length, shown: SHOWN_ROWS }) : t('archive.sql.rows', { count: result.rows.length })}
          </Typography>
          <Table size="small" aria-label={t('archive.sql.resultLabel')}>
            <TableHead>
              <TableRow>{result.columns.map((column) => <TableCell key={column}>{column}</TableCell>)}</TableRow>
            </TableHead>
            <TableBody>
              {result.rows.slice(0, SHOWN_ROWS).map((row, index) => (
                <TableRow key={index}>
                  {result.columns.map((column) => (
                    <TableCell key={column} sx={{ maxWidth: 360, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                      {row[column] === null || row[column] === undefined ? '—' : String(row[column])}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      ) : null}
    </Box>
  );
});
