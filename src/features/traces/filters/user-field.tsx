import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { operationQueries } from '@/api/operations';
import { useT } from '@/i18n/use-t';

/** The user: a suggestion from /user-resources (users of the last 30 days, L2928) or any name typed. */
export function UserField({ value, disabledReason, onChange }: { value: string | undefined; disabledReason?: string; onChange: (user: string | undefined) => void }) {
  const t = useT();
  const users = useQuery(operationQueries.users());
  const names = useMemo(() => [...new Set(users.data?.map((user) => user.name) ?? [])].sort((a, b) => a.localeCompare(b)), [users.data]);
  return (
    <Autocomplete
      freeSolo
      autoSelect
      size="small"
      options={names}
      value={value ?? null}
      disabled={Boolean(disabledReason)}
      loading={users.isPending}
      onChange={(_event, user) => onChange(user?.trim() || undefined)}
      renderInput={(params) => <TextField {...params} label={t('traces.criteria.user')} helperText={disabledReason ?? t('traces.filters.userHint')} />}
    />
  );
}
