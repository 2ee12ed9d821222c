import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Notification } from '@/api/contract/types';
import { notificationMutations, toUpdateBody } from '@/api/notifications';
import { NOTIFICATION_RULE_MESSAGES, checkTopicRequired } from '@/api/rules/notification-rules';
import { activeText } from '@/api/message-text';

export interface StatusRefusal {
  name: string;
  /** The rule's own reason (L1054). */
  reason: string;
  /** The reason is the missing topic: the list names the notification along with it. */
  noTopic: boolean;
}

/**
 * Enable/disable from the list. PUT is a full write (L1047–1055, choice 27), so the whole
 * notification is resent with the new status; enabling one without a topic is refused here,
 * before any request, with the rule's own reason (L1054).
 */
export function useStatusToggle() {
  const queryClient = useQueryClient();
  const mutation = useMutation(notificationMutations.update(queryClient));
  const [refusal, setRefusal] = useState<StatusRefusal | null>(null);

  const toggle = (notification: Notification) => {
    const status = notification.status === 'enabled' ? 'disabled' : 'enabled';
    const reason = checkTopicRequired(status, notification.topic_id);
    if (reason !== null) {
      setRefusal({ name: notification.notification_name, reason, noTopic: reason === activeText(NOTIFICATION_RULE_MESSAGES.topicRequired) });
      return;
    }
    setRefusal(null);
    mutation.mutate({ ...toUpdateBody(notification), status });
  };

  return {
    toggle,
    refusal,
    dismissRefusal: () => setRefusal(null),
    pendingId: mutation.isPending ? mutation.variables.notification_id : null,
    error: mutation.error,
    failedName: mutation.isError ? mutation.variables.notification_name : null,
    resetError: mutation.reset,
  };
}
