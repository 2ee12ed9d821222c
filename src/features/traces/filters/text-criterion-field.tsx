import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import { useT } from '@/i18n/use-t';

interface TextCriterionFieldProps {
  label: string;
  value: string | undefined;
  disabledReason?: string;
  hint?: string;
  /** A message when the value breaks an API rule (from src/api/rules), else null. */
  check?: (value: string) => string | null;
  onCommit: (value: string | undefined) => void;
}

/** A free-text criterion, applied on Enter or when the field is left (CTS matches it exactly). */
export function TextCriterionField({ label, value, disabledReason, hint, check, onCommit }: TextCriterionFieldProps) {
  const t = useT();
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  const trimmed = text.trim();
  const error = trimmed && check ? check(trimmed) : null;
  const commit = () => {
    if (!error && trimmed !== (value ?? '')) {
      onCommit(trimmed || undefined);
    }
  };
  return (
    <TextField
      size="small"
      label={label}
      value={text}
      disabled={Boolean(disabledReason)}
      error={Boolean(error)}
      helperText={disabledReason ?? error ?? hint ?? t('traces.filters.exactMatch')}
      onChange={(event) => setText(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          commit();
        }
      }}
    />
  );
}
