import Box from '@mui/material/Box';
import FormHelperText from '@mui/material/FormHelperText';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { type Control, useFieldArray, useFormState, useWatch } from 'react-hook-form';
import { notificationQueries } from '@/api/notifications';
import { operationQueries } from '@/api/operations';
import { MAX_USERS, MAX_USER_GROUPS, NOTIFICATION_RULE_MESSAGES, countUsers } from '@/api/rules/notification-rules';
import { LimitedAddButton } from '@/components/limited-add-button';
import type { NotificationFormValues } from '@/features/notifications/builder/notification-form-model';
import { UserGroupRow } from '@/features/notifications/components/user-group-row';
import { useT } from '@/i18n/use-t';

/** Users whose operations trigger the notification: ≤ 10 groups, ≤ 50 users in all (L770, choice 29). */
export function UserGroupsFields({ control }: { control: Control<NotificationFormValues> }) {
  const t = useT();
  const { fields, append, remove } = useFieldArray({ control, name: 'userGroups' });
  const groups = useWatch({ control, name: 'userGroups' });
  const { errors } = useFormState({ control, name: 'userGroups' });
  const users = useQuery(operationQueries.users());
  const notifications = useQuery(notificationQueries.list());
  const userOptions = (users.data ?? []).map((user) => user.name);
  const groupOptions = [
    ...new Set([
      ...(notifications.data ?? []).flatMap((notification) => (notification.notify_user_list ?? []).map((group) => group.user_group)),
      ...groups.map((group) => group.group),
    ]),
  ].filter((name) => name.trim() !== '');
  const total = countUsers(groups.map((group) => ({ user_group: group.group, user_list: group.users })));
  const atGroupLimit = fields.length >= MAX_USER_GROUPS;
  const listError = errors.userGroups?.root?.message ?? errors.userGroups?.message;

  return (
    <Box role="group" aria-labelledby="user-groups-title" sx={{ display: 'grid', gap: 1.5 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', justifyContent: 'space-between', gap: 1 }}>
        <Typography id="user-groups-title" variant="subtitle2" component="h3">
          {t('notifications.users.title')}
        </Typography>
        <Typography variant="body2" role="status" aria-live="polite">
          {t('notifications.users.count', { groups: fields.length, maxGroups: MAX_USER_GROUPS, users: total, maxUsers: MAX_USERS })}
        </Typography>
      </Box>
      <Typography variant="body2" color="text.secondary">
        {t('notifications.users.description')}
      </Typography>
      {users.isError ? (
        <FormHelperText>{t('notifications.users.suggestionsFailed', { error: users.error.message })}</FormHelperText>
      ) : null}
      {fields.length > 0 ? (
        <Box component="ul" aria-label={t('notifications.users.groups')} sx={{ m: 0, p: 0, display: 'grid', gap: 2 }}>
          {fields.map((field, index) => (
            <UserGroupRow
              key={field.id}
              control={control}
              index={index}
              groupOptions={groupOptions}
              userOptions={userOptions}
              usersLoading={users.isPending}
              usersElsewhere={total - (groups[index]?.users.length ?? 0)}
              onRemove={() => remove(index)}
            />
          ))}
        </Box>
      ) : null}
      <LimitedAddButton
        label={t('notifications.users.addGroup')}
        atLimit={atGroupLimit}
        limitMessage={t(NOTIFICATION_RULE_MESSAGES.userGroupCount.id)}
        onAdd={() => append({ group: '', users: [] })}
      />
      {listError ? <FormHelperText error>{listError}</FormHelperText> : null}
    </Box>
  );
}
