import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import { useId } from 'react';

interface LimitedAddButtonProps {
  label: string;
  /** Whether the list is full: the button is disabled and says why. */
  atLimit: boolean;
  limitMessage: string;
  onAdd: () => void;
}

/** "Add …" under a list the API caps, with the cap explained next to it once reached. */
export function LimitedAddButton({ label, atLimit, limitMessage, onAdd }: LimitedAddButtonProps) {
  const limitId = useId();
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
      <Button startIcon={<AddIcon />} variant="outlined" size="small" disabled={atLimit} aria-describedby={atLimit ? limitId : undefined} onClick={onAdd}>
        {label}
      </Button>
      {atLimit ? (
        <FormHelperText id={limitId} sx={{ m: 0 }}>
          {limitMessage}
        </FormHelperText>
      ) : null}
    </Box>
  );
}
