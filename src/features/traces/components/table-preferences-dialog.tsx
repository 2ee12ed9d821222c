import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import type { TracePreferences } from '@/features/traces/hooks/use-trace-preferences';
import { DEFAULT_COLUMN_IDS, TRACE_COLUMNS, type TraceColumnId } from '@/features/traces/trace-columns-config';
import { useT } from '@/i18n/use-t';

interface TablePreferencesDialogProps {
  preferences: TracePreferences;
  onApply: (change: Partial<TracePreferences>) => void;
  onClose: () => void;
}

/** All columns in display order: the shown ones first, in their order, then the hidden ones. */
function initialOrder(shown: readonly TraceColumnId[]): TraceColumnId[] {
  return [...shown, ...TRACE_COLUMNS.map((column) => column.id).filter((id) => !shown.includes(id))];
}

/** Which columns show, and in which order. Kept in this browser, and in the link when not the defaults. */
export function TablePreferencesDialog({ preferences, onApply, onClose }: TablePreferencesDialogProps) {
  const t = useT();
  const titleId = useId();
  const [order, setOrder] = useState(() => initialOrder(preferences.columns));
  const [shown, setShown] = useState(() => new Set(preferences.columns));
  const [resetWidths, setResetWidths] = useState(false);
  const labelOf = (id: TraceColumnId) => {
    const column = TRACE_COLUMNS.find((item) => item.id === id);
    return column ? t(column.label) : id;
  };
  const swap = (index: number, by: number) =>
    setOrder((current) => {
      const next = [...current];
      const [moved] = next.splice(index, 1);
      if (moved) {
        next.splice(index + by, 0, moved);
      }
      return next;
    });
  const toggle = (id: TraceColumnId) =>
    setShown((current) => {
      const next = new Set(current);
      if (next.has(id)) {
        next.delete(id);
      } else {
        next.add(id);
      }
      return next;
    });
  const apply = () => {
    onApply({ columns: order.filter((id) => shown.has(id)), ...(resetWidths ? { widths: {} } : {}) });
    onClose();
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="xs" fullWidth>
      <DialogTitle id={titleId}>{t('traces.preferences.title')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary">
          {t('traces.preferences.description')}
        </Typography>
        <Box component="ul" aria-label={t('traces.preferences.columns')} sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {order.map((id, index) => (
            <Box component="li" key={id} sx={{ display: 'flex', alignItems: 'center' }}>
              <FormControlLabel sx={{ flex: 1 }} control={<Checkbox checked={shown.has(id)} onChange={() => toggle(id)} />} label={labelOf(id)} />
              <IconButton size="small" aria-label={t('traces.preferences.moveUp', { label: labelOf(id) })} disabled={index === 0} onClick={() => swap(index, -1)}>
                <ArrowUpward fontSize="small" />
              </IconButton>
              <IconButton size="small" aria-label={t('traces.preferences.moveDown', { label: labelOf(id) })} disabled={index === order.length - 1} onClick={() => swap(index, 1)}>
                <ArrowDownward fontSize="small" />
              </IconButton>
            </Box>
          ))}
        </Box>
        {shown.size === 0 ? (
          <Typography role="alert" variant="body2" color="error">
            {t('traces.preferences.noColumn')}
          </Typography>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button
          onClick={() => {
            setOrder(initialOrder(DEFAULT_COLUMN_IDS));
            setShown(new Set(DEFAULT_COLUMN_IDS));
            setResetWidths(true);
          }}
        >
          {t('traces.preferences.reset')}
        </Button>
        <Button onClick={onClose}>{t('traces.action.cancel')}</Button>
        <Button variant="contained" onClick={apply} disabled={shown.size === 0}>
          {t('traces.action.apply')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
