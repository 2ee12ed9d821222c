import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { type ReactNode, useState } from 'react';
import { CopyButton } from '@/components/copy-button';
import { useT } from '@/i18n/use-t';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Parses text that may hold JSON; anything that does not parse stays text. */
export function parseJsonText(value: unknown): { ok: true; json: Json } | { ok: false; text: string } {
  if (value === null || value === undefined) {
    return { ok: false, text: '' };
  }
  if (typeof value !== 'string') {
    return { ok: true, json: value as Json };
  }
  try {
    const json = JSON.parse(value) as Json;
    return typeof json === 'object' && json !== null ? { ok: true, json } : { ok: false, text: value };
  } catch {
    return { ok: false, text: value };
  }
}

const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 12.5, lineHeight: 1.6 } as const;

function Scalar({ value }: { value: Exclude<Json, object> | null }) {
  const tone = typeof value === 'string' ? 'success' : value === null ? null : 'info';
  // Text content only: values are untrusted input and never become markup. The darker shade in
  // light mode keeps 4.5:1 contrast on the tinted background.
  return (
    <Box
      component="span"
      sx={(theme) => {
        const palette = (theme.vars ?? theme).palette;
        return {
          color: tone ? palette[tone].dark : palette.text.secondary,
          overflowWrap: 'anywhere',
          whiteSpace: 'pre-wrap',
          ...theme.applyStyles('dark', { color: tone ? palette[tone].light : palette.text.secondary }),
        };
      }}
    >
      {typeof value === 'string' ? JSON.stringify(value) : String(value)}
    </Box>
  );
}

function Node({ name, value, depth, defaultOpenDepth }: { name?: ReactNode; value: Json; depth: number; defaultOpenDepth: number }) {
  const t = useT();
  const [open, setOpen] = useState(depth < defaultOpenDepth);
  const label = name === undefined ? null : (
    <Box component="span" sx={{ color: 'text.secondary' }}>
      {name}:{' '}
    </Box>
  );
  if (value === null || typeof value !== 'object') {
    return (
      <Box sx={{ pl: 2 }}>
        {label}
        <Scalar value={value} />
      </Box>
    );
  }
  const entries: [string, Json][] = Array.isArray(value) ? value.map((item, index) => [String(index), item]) : Object.entries(value);
  const [openBracket, closeBracket] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return (
    <Box sx={{ pl: depth === 0 ? 0 : 2 }}>
      <Box
        component="button"
        type="button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        sx={{ all: 'unset', cursor: 'pointer', display: 'inline-flex', alignItems: 'center', borderRadius: 0.5, '&:focus-visible': { outline: 2, outlineColor: 'primary.main' } }}
      >
        <ExpandMoreIcon fontSize="inherit" sx={{ transform: open ? 'none' : 'rotate(-90deg)', transition: 'transform 120ms' }} />
        {label}
        {openBracket}
        {open ? null : (
          <Box component="span" sx={{ color: 'text.secondary' }}>
            {` ${t(Array.isArray(value) ? 'common.json.items' : 'common.json.keys', { count: entries.length })} `}
          </Box>
        )}
        {open ? null : closeBracket}
      </Box>
      {open ? (
        <>
          {entries.map(([key, child]) => (
            <Node key={key} name={Array.isArray(value) ? undefined : JSON.stringify(key)} value={child} depth={depth + 1} defaultOpenDepth={defaultOpenDepth} />
          ))}
          <Box sx={{ pl: 2.5 }}>{closeBracket}</Box>
        </>
      ) : null}
    </Box>
  );
}

interface JsonViewProps {
  /** A JSON value, or text that may hold JSON (as CTS sends request and response bodies). */
  value: unknown;
  /** Names the block for the copy button and screen readers, e.g. "request". */
  label: string;
  /** Levels open at first. */
  defaultOpenDepth?: number;
}

/**
 * Pretty, collapsible JSON when the value parses, raw text otherwise; always rendered as text,
 * never as HTML. A copy button copies the original text.
 */
export function JsonView({ value, label, defaultOpenDepth = 2 }: JsonViewProps) {
  const parsed = parseJsonText(value);
  const copyText = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  return (
    <Box
      role="group"
      aria-label={label}
      sx={{ position: 'relative', border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'action.hover', p: 1.5, pr: 5, ...mono }}
    >
      <Box sx={{ position: 'absolute', top: 4, right: 4 }}>
        <CopyButton value={copyText ?? ''} label={label} />
      </Box>
      {parsed.ok ? (
        <Node value={parsed.json} depth={0} defaultOpenDepth={defaultOpenDepth} />
      ) : parsed.text ? (
        <Box component="pre" sx={{ m: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', ...mono }}>
          {parsed.text}
        </Box>
      ) : (
        <Typography variant="body2" color="text.secondary">
          —
        </Typography>
      )}
    </Box>
  );
}
