import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { Notification } from '@/api/contract/types';
import { ScrollableTable } from '@/components/scrollable-table';
import { TimeText } from '@/components/time-text';
import { NOTIFICATION_TYPE_LABELS, describeOperations, describeUsers } from '@/features/notifications/notification-config';

export function NotificationTable({ notifications }: { notifications: Notification[] }) {
  return (
    <ScrollableTable label="Key event notifications table">
      <Table size="small" aria-label="Key event notifications">
        <TableHead>
          <TableRow>
            <TableCell>Name</TableCell>
            <TableCell>Type</TableCell>
            <TableCell>Status</TableCell>
            <TableCell>Operations</TableCell>
            <TableCell>Users</TableCell>
            <TableCell>Topic or function</TableCell>
            <TableCell>Created</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {notifications.map((notification) => (
            <TableRow key={notification.notification_id} hover>
              <TableCell>{notification.notification_name}</TableCell>
              <TableCell>{NOTIFICATION_TYPE_LABELS[notification.notification_type]}</TableCell>
              <TableCell>
                <Chip
                  size="small"
                  variant="outlined"
                  color={notification.status === 'enabled' ? 'success' : 'default'}
                  label={notification.status === 'enabled' ? 'Enabled' : 'Disabled'}
                />
              </TableCell>
              <TableCell>{describeOperations(notification)}</TableCell>
              <TableCell>{describeUsers(notification)}</TableCell>
              <TableCell>
                <Typography variant="body2" sx={{ overflowWrap: 'anywhere', fontFamily: 'monospace', fontSize: 12 }}>
                  {notification.topic_id || 'None (cannot be enabled)'}
                </Typography>
              </TableCell>
              <TableCell>
                <TimeText value={notification.create_time} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollableTable>
  );
}
