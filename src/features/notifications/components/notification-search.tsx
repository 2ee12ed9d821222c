import SearchIcon from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useT } from '@/i18n/use-t';

interface NotificationSearchProps {
  value: string;
  onSearch: (name: string) => void;
}

/** CTS filters the list by exact name (`notification_name`, L1404): searched on submit, not per key. */
export function NotificationSearch({ value, onSearch }: NotificationSearchProps) {
  const t = useT();
  const [text, setText] = useState(value);
  return (
    <Box
      component="form"
      role="search"
      aria-label={t('notifications.search.region')}
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(text.trim());
      }}
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'flex-start' }}
    >
      <TextField
        size="small"
        label={t('notifications.search.label')}
        helperText={t('notifications.search.help')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        slotProps={{ htmlInput: { spellCheck: false } }}
      />
      <Button type="submit" variant="outlined" startIcon={<SearchIcon />} sx={{ mt: 0.25 }}>
        {t('notifications.search.submit')}
      </Button>
      {value ? (
        <Button
          sx={{ mt: 0.25 }}
          onClick={() => {
            setText('');
            onSearch('');
          }}
        >
          {t('notifications.search.clear')}
        </Button>
      ) : null}
    </Box>
  );
}
