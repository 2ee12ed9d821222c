import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { Trace } from '@/api/contract/types';
import { JsonView } from '@/components/json-view';
import { useT } from '@/i18n/use-t';

/** Request and response bodies: collapsible JSON when they parse, raw text otherwise, each with a copy button. */
export function TracePayloads({ trace }: { trace: Trace }) {
  const t = useT();
  const blocks = [
    { id: 'request', title: t('traces.drawer.request'), name: t('traces.drawer.requestName'), value: trace.request as unknown },
    { id: 'response', title: t('traces.drawer.response'), name: t('traces.drawer.responseName'), value: trace.response as unknown },
  ];
  return (
    <>
      {blocks.map((block) => (
        <Box component="section" key={block.id} aria-labelledby={`trace-${block.id}-title`} sx={{ mb: 2.5 }}>
          <Typography id={`trace-${block.id}-title`} component="h3" variant="subtitle2" sx={{ mb: 1, textTransform: 'uppercase', letterSpacing: 0.6 }}>
            {block.title}
          </Typography>
          <JsonView value={block.value} label={block.name} />
        </Box>
      ))}
    </>
  );
}
