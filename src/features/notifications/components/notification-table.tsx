import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Switch from '@mui/material/Switch';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { visuallyHidden } from '@mui/utils';
import { Link as RouterLink } from 'react-router';
import type { Notification } from '@/api/contract/types';
import { ScrollableTable } from '@/components/scrollable-table';
import { TimeText } from '@/components/time-text';
import { describeOperations, describeUsers, notificationTypeLabel } from '@/features/notifications/notification-config';
import { useT } from '@/i18n/use-t';

interface NotificationTableProps {
  notifications: Notification[];
  selected: ReadonlySet<string>;
  onSelectedChange: (selected: Set<string>) => void;
  pendingId: string | null;
  onToggleStatus: (notification: Notification) => void;
  onDelete: (notification: Notification) => void;
}

export function NotificationTable({ notifications, selected, onSelectedChange, pendingId, onToggleStatus, onDelete }: NotificationTableProps) {
  const t = useT();
  const chosen = notifications.filter((notification) => selected.has(notification.notification_id)).length;
  const toggleRow = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) {
      next.delete(id);
    } else {
      next.add(id);
    }
    onSelectedChange(next);
  };
  return (
    <ScrollableTable label={t('notifications.table.scrollLabel')}>
      <Table size="small" aria-label={t('notifications.table.label')}>
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox">
              <Checkbox
                checked={chosen > 0 && chosen === notifications.length}
                indeterminate={chosen > 0 && chosen < notifications.length}
                onChange={() => onSelectedChange(chosen === notifications.length ? new Set() : new Set(notifications.map((notification) => notification.notification_id)))}
                slotProps={{ input: { 'aria-label': t('notifications.table.selectAll') } }}
              />
            </TableCell>
            <TableCell sx={{ minWidth: 160 }}>{t('notifications.table.column.name')}</TableCell>
            <TableCell>{t('notifications.table.column.type')}</TableCell>
            <TableCell>{t('notifications.table.column.status')}</TableCell>
            <TableCell>{t('notifications.table.column.operations')}</TableCell>
            <TableCell>{t('notifications.table.column.users')}</TableCell>
            <TableCell>{t('notifications.table.column.topic')}</TableCell>
            <TableCell>{t('notifications.table.column.created')}</TableCell>
            <TableCell>
              <Box component="span" sx={visuallyHidden}>
                {t('notifications.table.column.actions')}
              </Box>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {notifications.map((notification) => {
            const name = notification.notification_name;
            const enabled = notification.status === 'enabled';
            return (
              <TableRow key={notification.notification_id} hover selected={selected.has(notification.notification_id)}>
                <TableCell padding="checkbox">
                  <Checkbox
                    checked={selected.has(notification.notification_id)}
                    onChange={() => toggleRow(notification.notification_id)}
                    slotProps={{ input: { 'aria-label': t('notifications.table.selectRow', { name }) } }}
                  />
                </TableCell>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>
                  <Link component={RouterLink} to={`/notifications/${encodeURIComponent(notification.notification_id)}`}>
                    {name}
                  </Link>
                </TableCell>
                <TableCell>{notificationTypeLabel(notification.notification_type, t)}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <Switch
                    size="small"
                    checked={enabled}
                    disabled={pendingId === notification.notification_id}
                    onChange={() => onToggleStatus(notification)}
                    slotProps={{ input: { 'aria-label': t('notifications.table.statusSwitch', { name }) } }}
                  />
                  <Typography component="span" variant="body2">
                    {enabled ? t('notifications.table.enabled') : t('notifications.table.disabled')}
                  </Typography>
                </TableCell>
                <TableCell>{describeOperations(notification, t)}</TableCell>
                <TableCell>{describeUsers(notification, t)}</TableCell>
                <TableCell>
                  <Typography variant="body2" sx={{ overflowWrap: 'anywhere', fontFamily: 'monospace', fontSize: 12 }}>
                    {notification.topic_id || t('notifications.table.noTopic')}
                  </Typography>
                </TableCell>
                <TableCell>
                  <TimeText value={notification.create_time} />
                </TableCell>
                <TableCell>
                  <IconButton aria-label={t('notifications.table.delete', { name })} onClick={() => onDelete(notification)} size="small">
                    <DeleteOutlineIcon fontSize="small" />
                  </IconButton>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </ScrollableTable>
  );
}
