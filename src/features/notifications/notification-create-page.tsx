import { PageHeader } from '@/components/page-header';
import { EMPTY_FORM } from '@/features/notifications/builder/notification-form-model';
import { NotificationForm } from '@/features/notifications/components/notification-form';
import { NotificationBuilderBreadcrumbs } from '@/features/notifications/notification-builder-breadcrumbs';

export function NotificationCreatePage() {
  return (
    <>
      <PageHeader
        breadcrumbs={<NotificationBuilderBreadcrumbs current="Create" />}
        title="Create key event notification"
        description="Choose the operations and users to watch, where to send the alert, and test the rule on recent traces before saving."
      />
      <NotificationForm initialValues={EMPTY_FORM} />
    </>
  );
}
