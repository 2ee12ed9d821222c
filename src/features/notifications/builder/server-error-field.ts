import type { FieldPath } from 'react-hook-form';
import type { NotificationFormValues } from '@/features/notifications/builder/notification-form-model';

/**
 * The mock names the offending field at the start of its CTS.0003 message ("topic_id: …"); a real
 * CTS may not. The field it names gets the message too, so the user sees where to look.
 */
const FIELD_PREFIXES: [string, FieldPath<NotificationFormValues>][] = [
  ['notification_name', 'name'],
  ['topic_id', 'topicId'],
  ['notify_user_list', 'userGroups'],
  ['operations', 'operations'],
  ['filter', 'filterRules'],
];

export function serverErrorField(message: string): FieldPath<NotificationFormValues> | null {
  for (const [prefix, field] of FIELD_PREFIXES) {
    if (message.startsWith(prefix)) {
      return field;
    }
  }
  return null;
}
