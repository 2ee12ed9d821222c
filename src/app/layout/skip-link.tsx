import Link from '@mui/material/Link';
import { useT } from '@/i18n/use-t';

export const MAIN_CONTENT_ID = 'main-content';

/** The first tab stop: jumps over the header and navigation to the page content. */
export function SkipLink() {
  const t = useT();
  return (
    <Link
      href={`#${MAIN_CONTENT_ID}`}
      onClick={(event) => {
        // Move focus as well as scroll, so the next Tab continues inside the page.
        event.preventDefault();
        document.getElementById(MAIN_CONTENT_ID)?.focus();
      }}
      sx={(theme) => ({
        position: 'absolute',
        left: 8,
        top: -48,
        zIndex: theme.zIndex.tooltip + 1,
        px: 2,
        py: 1,
        borderRadius: 1,
        backgroundColor: theme.vars.palette.background.paper,
        color: theme.vars.palette.primary.main,
        fontWeight: 600,
        boxShadow: theme.shadows[4],
        '&:focus': { top: 8 },
      })}
    >
      {t('app.layout.skipToContent')}
    </Link>
  );
}
