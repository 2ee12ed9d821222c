import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { CopyButton } from '@/components/copy-button';
import { megabytesText } from '@/features/archive/describe-loaded';
import type { ArchiveFilters } from '@/features/archive/engine/archive-sql';
import { type ArchiveLocation, BROWSER_LIMIT, type Engine, engineSql } from '@/features/archive/engine/engine-sql';
import { useLocale, useT } from '@/i18n/use-t';

const ENGINES: { value: Engine; label: string }[] = [
  { value: 'trino', label: 'Trino' },
  { value: 'spark', label: 'Spark' },
];

function SqlText({ label, copyLabel, value }: { label: string; copyLabel: string; value: string }) {
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
      <TextField
        label={label}
        value={value}
        multiline
        maxRows={12}
        fullWidth
        size="small"
        slotProps={{ htmlInput: { readOnly: true, spellCheck: false, style: { fontFamily: 'monospace', fontSize: 12 } } }}
      />
      <CopyButton value={value} label={copyLabel} />
    </Box>
  );
}

interface EngineSqlPanelProps {
  location: ArchiveLocation;
  filters: ArchiveFilters;
  limit: number;
  expanded: boolean;
  onExpandedChange: (expanded: boolean) => void;
  /** The listed files when they are more than this browser should read: said, with a way to read them anyway. */
  beyond: { files: number; bytes: number; onReadAnyway: () => void } | null;
}

/** The explorer's query as Trino or Spark SQL over the bucket (README: "Querying the archive with Trino or Spark"). */
export function EngineSqlPanel({ location, filters, limit, expanded, onExpandedChange, beyond }: EngineSqlPanelProps) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const [engine, setEngine] = useState<Engine>('trino');
  const { setup, query } = engineSql(engine, location, filters, limit);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      {beyond ? (
        <Alert
          severity="warning"
          action={<Button color="inherit" size="small" onClick={beyond.onReadAnyway}>{t('archive.engine.readAnyway')}</Button>}
        >
          {t('archive.engine.beyond', { files: beyond.files, bytes: megabytesText(beyond.bytes, t, locale), limitFiles: BROWSER_LIMIT.files, limitBytes: megabytesText(BROWSER_LIMIT.bytes, t, locale) })}
        </Alert>
      ) : null}
      <Accordion expanded={expanded} onChange={(_, next) => onExpandedChange(next)} disableGutters variant="outlined" slotProps={{ transition: { unmountOnExit: true } }}>
        <AccordionSummary expandIcon={<ExpandMoreIcon />} id={`${id}-summary`} aria-controls={`${id}-details`}>
          <Typography>{t('archive.engine.title')}</Typography>
        </AccordionSummary>
        <AccordionDetails id={`${id}-details`} sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
          <Typography variant="body2" color="text.secondary">{t('archive.engine.intro')}</Typography>
          <Tabs value={engine} onChange={(_, next: Engine) => setEngine(next)} aria-label={t('archive.engine.engines')}>
            {ENGINES.map(({ value, label }) => (
              <Tab key={value} value={value} label={label} id={`${id}-${value}-tab`} aria-controls={`${id}-${value}-panel`} />
            ))}
          </Tabs>
          <Box role="tabpanel" id={`${id}-${engine}-panel`} aria-labelledby={`${id}-${engine}-tab`} sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
            <SqlText label={t('archive.engine.setup')} copyLabel={t('archive.engine.setupCopy')} value={setup} />
            <SqlText label={t('archive.engine.query')} copyLabel={t('archive.engine.queryCopy')} value={query} />
          </Box>
        </AccordionDetails>
      </Accordion>
    </Box>
  );
}
