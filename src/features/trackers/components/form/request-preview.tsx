import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import type { Tag } from '@/api/contract/types';
import { JsonView } from '@/components/json-view';
import { RichText } from '@/i18n/rich-text';
import { useT } from '@/i18n/use-t';

const TAGS_CALL = 'POST /v3/{project_id}/cts-tracker/{tracker_id}/tags/create';

interface RequestPreviewProps {
  method: 'POST' | 'PUT';
  body: unknown;
  /** Tags typed on the create form: a second call, on the ID the first returns. */
  tags?: readonly Tag[];
}

/** The JSON body the form will send, kept up to date as the user types, for administrators who script the change. */
export function RequestPreview({ method, body, tags = [] }: RequestPreviewProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const regionId = useId();
  return (
    // On paper: the JSON view's colours need its light background to keep their contrast.
    <Paper variant="outlined" sx={{ p: 1 }}>
      <Button
        onClick={() => setOpen(!open)}
        aria-expanded={open}
        aria-controls={regionId}
        startIcon={<ExpandMoreIcon sx={{ transform: open ? 'none' : 'rotate(-90deg)', transition: 'transform 120ms' }} />}
      >
        {t('trackers.form.preview')}
      </Button>
      <Box id={regionId} hidden={!open} sx={{ mt: 1 }}>
        {open ? (
          <>
            <Typography variant="body2" sx={{ mb: 1, color: 'text.secondary' }}>
              <code>{`${method} /v3/{project_id}/tracker`}</code>
            </Typography>
            <JsonView value={body} label={t('trackers.form.previewBody')} defaultOpenDepth={3} />
            {tags.length > 0 ? (
              <>
                <Typography variant="body2" sx={{ my: 1, color: 'text.secondary' }}>
                  <RichText id="trackers.form.previewTagsThen" values={{ call: TAGS_CALL }} components={{ 0: <code /> }} />
                </Typography>
                <JsonView value={{ tags }} label={t('trackers.form.previewTagsBody')} defaultOpenDepth={3} />
              </>
            ) : null}
          </>
        ) : null}
      </Box>
    </Paper>
  );
}
