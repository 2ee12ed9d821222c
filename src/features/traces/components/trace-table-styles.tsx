import GlobalStyles from '@mui/material/GlobalStyles';
import type { Theme } from '@mui/material/styles';
import { memo } from 'react';
import { TRACE_ROW_HEIGHT } from '@/features/traces/components/trace-table-rows';

/**
 * The trace table's styles, worked out once per theme: not an `sx` on the table, which MUI and
 * Emotion would serialise again each time the table renders (every loaded page), a long task in a
 * wheel scroll. The columns' widths come from variables set on the table (`--trace-columns`), so
 * a new width or order restyles no row through React.
 */
function tableStyles(theme: Theme) {
  const { palette } = theme.vars;
  return {
    '.trace-table': {
      overflow: 'auto',
      maxHeight: 'max(360px, calc(100vh - 320px))',
      position: 'relative',
      ...theme.typography.body2,
    },
    '.trace-table .trace-row': {
      display: 'grid',
      gridTemplateColumns: 'var(--trace-columns)',
      minWidth: 'var(--trace-min-width)',
      alignItems: 'center',
      height: TRACE_ROW_HEIGHT,
      borderBottom: `1px solid ${palette.divider}`,
      cursor: 'pointer',
    },
    // Rows are laid out and painted on their own: scrolling replaces dozens of them per frame.
    '.trace-table .trace-body .trace-row': { position: 'absolute', top: 0, left: 0, right: 0, contain: 'strict' },
    '.trace-table .trace-body .trace-row:hover': { backgroundColor: palette.action.hover },
    '.trace-table .trace-row:focus-visible': { outline: `2px solid ${palette.primary.main}`, outlineOffset: -2 },
    '.trace-table .trace-row-open': { backgroundColor: palette.action.selected },
    // A skimmed row is one element with a bar drawn by its background, instead of a dozen cells.
    '.trace-table .trace-row-skim': {
      backgroundImage: `linear-gradient(${palette.action.hover}, ${palette.action.hover})`,
      backgroundRepeat: 'no-repeat',
      backgroundPosition: '12px center',
      backgroundSize: 'min(60%, 640px) 10px',
    },
    // `unicode-bidi: plaintext` gives each cell the direction of its own text (names may be
    // Arabic or Hebrew) without a `dir` attribute per cell; a fixed padding, not the theme's
    // spacing variable, spares the style engine a var() per cell.
    '.trace-table .trace-cell': {
      paddingLeft: 12,
      paddingRight: 12,
      overflow: 'hidden',
      textOverflow: 'ellipsis',
      whiteSpace: 'nowrap',
      minWidth: 0,
      unicodeBidi: 'plaintext',
    },
    '.trace-table .trace-rating': {
      display: 'inline-block',
      paddingLeft: 8,
      paddingRight: 8,
      borderRadius: 16,
      border: `1px solid ${palette.divider}`,
      lineHeight: '20px',
      fontSize: '0.8125rem',
    },
    // Shape as well as colour tells ratings apart; the symbol is not read out (empty alt text).
    '.trace-table .trace-rating-normal::before': { content: '"○ " / ""' },
    '.trace-table .trace-rating-warning': { borderColor: palette.warning.main, color: palette.warning.main },
    '.trace-table .trace-rating-warning::before': { content: '"▲ " / ""' },
    '.trace-table .trace-rating-incident': { borderColor: palette.error.main, color: palette.error.main, fontWeight: 600 },
    '.trace-table .trace-rating-incident::before': { content: '"■ " / ""' },
    // The header's group sticks, not its row: a sticky element cannot leave its parent.
    '.trace-table .trace-head-group': { position: 'sticky', top: 0, zIndex: 1 },
    '.trace-table .trace-head': { backgroundColor: palette.background.paper, fontWeight: 600, cursor: 'default' },
    '.trace-table .trace-head-cell': { position: 'relative', height: '100%', display: 'flex', alignItems: 'center', cursor: 'grab' },
    '.trace-table .trace-head-label': { overflow: 'hidden', textOverflow: 'ellipsis' },
    // Where a dragged header lands: a bar on the left of the column it goes before.
    '.trace-table .trace-head-drop': { boxShadow: `inset 3px 0 0 ${palette.primary.main}` },
    // The resize handle: a wide, invisible target with a thin visible line, stronger on hover and focus.
    '.trace-table .trace-resizer': {
      position: 'absolute',
      top: 0,
      right: 0,
      bottom: 0,
      width: 9,
      cursor: 'col-resize',
      touchAction: 'none',
      display: 'flex',
      justifyContent: 'center',
      '&::after': { content: '""', width: 1, margin: '10px 0', backgroundColor: palette.divider },
      '&:hover::after, &:focus-visible::after': { width: 3, margin: 0, backgroundColor: palette.primary.main },
      '&:focus-visible': { outline: `2px solid ${palette.primary.main}`, outlineOffset: -2 },
    },
  } as const;
}

/** Rendered with the table, drawn once: it has no props, so a re-rendered table leaves it alone. */
export const TraceTableStyles = memo(function TraceTableStyles() {
  return <GlobalStyles styles={tableStyles} />;
});
