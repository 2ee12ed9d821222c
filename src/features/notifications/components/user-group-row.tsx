import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { type Control, Controller } from 'react-hook-form';
import { MAX_USERS, NOTIFICATION_RULE_MESSAGES } from '@/api/rules/notification-rules';
import type { NotificationFormValues } from '@/features/notifications/builder/notification-form-model';
import { useT } from '@/i18n/use-t';

interface UserGroupRowProps {
  control: Control<NotificationFormValues>;
  index: number;
  groupOptions: string[];
  userOptions: string[];
  usersLoading: boolean;
  /** Users in the other groups: this row may add up to MAX_USERS minus these. */
  usersElsewhere: number;
  onRemove: () => void;
}

/** One `notify_user_list` item (L789–790): an IAM group name and its users. */
export function UserGroupRow({ control, index, groupOptions, userOptions, usersLoading, usersElsewhere, onRemove }: UserGroupRowProps) {
  const t = useT();
  const [refusal, setRefusal] = useState<string | null>(null);
  // Held here so that a refused name stays in the field to be corrected, not discarded.
  const [typedUser, setTypedUser] = useState('');
  const position = index + 1;
  return (
    <Box component="li" sx={{ listStyle: 'none', display: 'grid', gridTemplateColumns: { xs: '1fr auto', md: 'minmax(180px, 1fr) 2fr auto' }, gap: 1, alignItems: 'start' }}>
      <Controller
        control={control}
        name={`userGroups.${index}.group`}
        render={({ field, fieldState }) => (
          <Autocomplete
            freeSolo
            options={groupOptions}
            inputValue={field.value}
            onInputChange={(_event, value) => field.onChange(value)}
            renderInput={(params) => (
              <TextField
                {...params}
                inputRef={field.ref}
                onBlur={field.onBlur}
                size="small"
                label={t('notifications.users.group', { position })}
                error={fieldState.error !== undefined}
                helperText={fieldState.error?.message}
              />
            )}
          />
        )}
      />
      <Controller
        control={control}
        name={`userGroups.${index}.users`}
        render={({ field }) => (
          <Autocomplete
            multiple
            freeSolo
            autoSelect
            options={userOptions}
            loading={usersLoading}
            value={field.value}
            inputValue={typedUser}
            onInputChange={(_event, value, reason) => {
              if (reason === 'input' || reason === 'clear') {
                setTypedUser(value);
                setRefusal(null);
              }
            }}
            onChange={(_event, value) => {
              const users = [...new Set(value.map((user) => user.trim()).filter((user) => user !== ''))];
              // L770, choice 29: 50 users in total; the one that would exceed it is refused here.
              if (usersElsewhere + users.length > MAX_USERS) {
                setRefusal(t(NOTIFICATION_RULE_MESSAGES.userCount.id));
                return;
              }
              setRefusal(null);
              setTypedUser('');
              field.onChange(users);
            }}
            sx={{ gridColumn: { xs: '1 / -1', md: 'auto' }, gridRow: { xs: 2, md: 'auto' } }}
            renderInput={(params) => (
              <TextField
                {...params}
                inputRef={field.ref}
                size="small"
                label={t('notifications.users.users', { position })}
                error={refusal !== null}
                helperText={refusal ?? t('notifications.users.usersHelp')}
              />
            )}
          />
        )}
      />
      <IconButton aria-label={t('notifications.users.removeGroup', { position })} onClick={onRemove} sx={{ gridColumn: { xs: 2, md: 'auto' }, gridRow: { xs: 1, md: 'auto' } }}>
        <DeleteOutlineIcon />
      </IconButton>
    </Box>
  );
}
