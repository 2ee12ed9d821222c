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

/** The exact body the builder will send, as the user edits (POST to create, PUT to edit). */
export function RequestBodyPanel({ control, notificationId }: { control: Control<NotificationFormValues>; notificationId?: string }) {
  const values = useWatch({ control }) as NotificationFormValues;
  const body = notificationId === undefined ? toCreateRequest(values) : toUpdateRequest(values, notificationId);
  const method = notificationId === undefined ? 'POST' : 'PUT';
  return (
    <Accordion variant="outlined" disableGutters>
      <AccordionSummary expandIcon={<ExpandMoreIcon />}>
        <Typography variant="subtitle2" component="span">
          Request body ({method} /v3/{'{project_id}'}/notifications)
        </Typography>
      </AccordionSummary>
      <AccordionDetails>
        <JsonView value={body} label="Request body" defaultOpenDepth={3} />
      </AccordionDetails>
    </Accordion>
  );
}
