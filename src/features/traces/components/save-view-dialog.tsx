import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { type FormEvent, useId, useState } from 'react';
import type { SavedView } from '@/features/traces/hooks/use-saved-views';
import { useT } from '@/i18n/use-t';

const MAX_NAME = 64;

interface SaveViewDialogProps {
  views: readonly SavedView[];
  onSave: (name: string) => void;
  onRemove: (name: string) => void;
  onClose: () => void;
}

/** Names the current filters and columns; an existing name is replaced. Lists the saved views to delete. */
export function SaveViewDialog({ views, onSave, onRemove, onClose }: SaveViewDialogProps) {
  const t = useT();
  const titleId = useId();
  const [name, setName] = useState('');
  const [touched, setTouched] = useState(false);
  const trimmed = name.trim();
  const error = !trimmed ? t('traces.views.dialog.nameMissing') : trimmed.length > MAX_NAME ? t('traces.views.dialog.nameTooLong', { max: MAX_NAME }) : null;
  const replaces = views.some((view) => view.name === trimmed);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!error) {
      onSave(trimmed);
      onClose();
    }
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="xs" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{t('traces.views.dialog.title')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {t('traces.views.dialog.description')}
          </Typography>
          <TextField
            autoFocus
            fullWidth
            label={t('traces.views.dialog.name')}
            value={name}
            onChange={(event) => setName(event.target.value)}
            onBlur={() => setTouched(true)}
            error={touched && Boolean(error)}
            helperText={touched && error ? error : replaces ? t('traces.views.dialog.replaces') : ' '}
          />
          {views.length > 0 ? (
            <>
              <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
                {t('traces.views.menu')}
              </Typography>
              <List dense>
                {views.map((view) => (
                  <ListItem
                    key={view.name}
                    secondaryAction={
                      <IconButton edge="end" aria-label={t('traces.views.dialog.delete', { name: view.name })} onClick={() => onRemove(view.name)}>
                        <DeleteOutlined />
                      </IconButton>
                    }
                  >
                    <ListItemText primary={view.name} secondary={view.search || t('traces.views.dialog.defaultFilters')} slotProps={{ secondary: { sx: { overflowWrap: 'anywhere' } } }} />
                  </ListItem>
                ))}
              </List>
            </>
          ) : null}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('traces.action.cancel')}</Button>
          <Button type="submit" variant="contained">
            {t('traces.views.dialog.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
