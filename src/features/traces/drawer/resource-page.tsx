import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { Trace } from '@/api/contract/types';
import { EMPTY_FIELD } from '@/features/traces/drawer/field-text';
import { resourcePageText, resourcePageUrl } from '@/features/traces/drawer/resource-link';
import { useT } from '@/i18n/use-t';

/** "Open resource" when `endpoint` + `resource_url` make an https URL; otherwise the text, inert. */
export function ResourcePage({ trace }: { trace: Trace }) {
  const t = useT();
  const url = resourcePageUrl(trace.endpoint, trace.resource_url);
  const text = resourcePageText(trace.endpoint, trace.resource_url);
  return (
    <Typography component="p" variant="body2" sx={{ overflowWrap: 'anywhere', mb: 2 }}>
      <Typography component="span" variant="body2" color="text.secondary" sx={{ mr: 1 }}>
        {t('traces.drawer.resourcePage')}
      </Typography>
      {url ? (
        <Link href={url} target="_blank" rel="noopener noreferrer" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
          {t('traces.drawer.openResource')}
          <OpenInNewIcon fontSize="inherit" aria-hidden />
          <Typography component="span" variant="caption" sx={{ ml: 0.5 }}>
            {t('traces.drawer.newTab')}
          </Typography>
        </Link>
      ) : (
        <bdi>{text ?? EMPTY_FIELD}</bdi>
      )}
    </Typography>
  );
}
