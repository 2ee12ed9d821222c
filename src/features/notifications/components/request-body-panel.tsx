import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Typography from '@mui/material/Typography';
import { type Control, useWatch } from 'react-hook-form';
import { JsonView } from '@/components/json-view';
import {
  type NotificationFormValues,
  toCreateRequest,
  toUpdateRequest,
} from '@/features/notifications/builder/notification-form-model';
import { useT } from '@/i18n/use-t';

/** The exact body the builder will send, as the user edits (POST to create, PUT to edit). */
export function RequestBodyPanel({ control, notificationId }: { control: Control<NotificationFormValues>; notificationId?: string }) {
  const t = useT();
  const values = useWatch({ control }) as NotificationFormValues;
  const body = notificationId === undefined ? toCreateRequest(values) : toUpdateRequest(values, notificationId);
  const method = notificationId === undefined ? 'POST' : 'PUT';
  return (
    <Accordion variant="outlined" disableGutters>
      <AccordionSummary expandIcon={<ExpandMoreIcon />}>
        <Typography variant="subtitle2" component="span">
          {t('notifications.requestBody.title', { method })}
        </Typography>
      </AccordionSummary>
      <AccordionDetails>
        <JsonView value={body} label={t('notifications.requestBody.label')} defaultOpenDepth={3} />
      </AccordionDetails>
    </Accordion>
  );
}
