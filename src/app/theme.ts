import { type ThemeOptions, createTheme } from '@mui/material/styles';

declare module '@mui/material/styles' {
  // The theme is built with CSS variables, so `theme.vars` is always there.
  interface CssThemeVariables {
    enabled: true;
  }
}

/** Where the chosen colour mode (light, dark, system) is remembered. */
export const COLOR_MODE_STORAGE_KEY = 'cts-console.color-mode';
export const COLOR_SCHEME_STORAGE_KEY = 'cts-console.color-scheme';

/** Huawei red, used only for the brand mark: red also means "error", so it is not the action colour. */
export const BRAND_RED = '#c7000b';

/** The header stays dark in both schemes, as in most cloud consoles. */
const HEADER_BACKGROUND = '#1b2130';

const focusRing = (color: string) => ({ outline: `2px solid ${color}`, outlineOffset: 2 });

/*
 * Every foreground/background pair below reaches WCAG AA (4.5:1) against its scheme's paper and
 * default background: MUI's stock warning/info mains (#ed6c02, #0288d1) do not on white, so the
 * light scheme uses darker ones, and the dark scheme uses light tones with dark contrast text.
 */
export const themeOptions: ThemeOptions = {
  cssVariables: { colorSchemeSelector: 'class' },
  colorSchemes: {
    light: {
      palette: {
        primary: { main: '#1a5fb4', contrastText: '#ffffff' },
        secondary: { main: '#4a5568', contrastText: '#ffffff' },
        error: { main: '#c62828', contrastText: '#ffffff' },
        warning: { main: '#a15c00', contrastText: '#ffffff' },
        info: { main: '#0b6aa2', contrastText: '#ffffff' },
        success: { main: '#2e7d32', contrastText: '#ffffff' },
        background: { default: '#f4f6f9', paper: '#ffffff' },
        text: { primary: '#1a202c', secondary: '#4a5568' },
        divider: '#dde2ea',
      },
    },
    dark: {
      palette: {
        primary: { main: '#8ab4f8', contrastText: '#0b1a2e' },
        secondary: { main: '#b8c2d1', contrastText: '#11151c' },
        error: { main: '#f28b82', contrastText: '#2b0a07' },
        warning: { main: '#f6c26b', contrastText: '#2a1a00' },
        info: { main: '#7cc7f2', contrastText: '#04202f' },
        success: { main: '#81c995', contrastText: '#08210f' },
        background: { default: '#11151c', paper: '#181d27' },
        text: { primary: '#e6e9ef', secondary: '#b3bccb' },
        divider: '#2c3444',
      },
    },
  },
  shape: { borderRadius: 6 },
  typography: {
    fontFamily: '"Inter", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    fontSize: 14,
    h1: { fontSize: '1.5rem', fontWeight: 600, lineHeight: 1.3 },
    h2: { fontSize: '1.25rem', fontWeight: 600, lineHeight: 1.35 },
    h3: { fontSize: '1.0625rem', fontWeight: 600, lineHeight: 1.4 },
    h4: { fontSize: '1rem', fontWeight: 600 },
    h5: { fontSize: '0.9375rem', fontWeight: 600 },
    h6: { fontSize: '0.875rem', fontWeight: 600 },
    button: { textTransform: 'none', fontWeight: 600 },
  },
  components: {
    MuiCssBaseline: {
      styleOverrides: (theme) => ({
        // A visible focus ring for every keyboard-focused control, in both schemes.
        ':focus-visible': focusRing(theme.vars.palette.primary.main),
        code: { fontFamily: '"JetBrains Mono", "SFMono-Regular", Menlo, Consolas, monospace', fontSize: '0.8125rem' },
      }),
    },
    MuiButtonBase: {
      styleOverrides: {
        root: ({ theme }) => ({ '&.Mui-focusVisible': focusRing(theme.vars.palette.primary.main) }),
      },
    },
    MuiButton: { defaultProps: { disableElevation: true } },
    MuiAppBar: {
      defaultProps: { elevation: 0 },
      styleOverrides: {
        root: {
          backgroundColor: HEADER_BACKGROUND,
          color: '#ffffff',
          '& .Mui-focusVisible, & :focus-visible': focusRing('#ffffff'),
        },
      },
    },
    MuiTextField: { defaultProps: { size: 'small' } },
    MuiFormControl: { defaultProps: { size: 'small' } },
    MuiTable: { defaultProps: { size: 'small' } },
    MuiTableCell: {
      styleOverrides: {
        head: ({ theme }) => ({
          fontWeight: 600,
          whiteSpace: 'nowrap',
          backgroundColor: theme.vars.palette.background.default,
        }),
        sizeSmall: { paddingTop: 6, paddingBottom: 6 },
      },
    },
    MuiTooltip: { defaultProps: { arrow: true } },
    MuiLinearProgress: {
      styleOverrides: {
        // The indeterminate bars animate `left` and `right`: a layout and a paint every frame. Contained
        // in a layer of their own, that is a few pixels, not the page (a 500-row table beside it).
        root: { contain: 'strict', willChange: 'transform' },
      },
    },
    MuiListItemButton: {
      styleOverrides: {
        root: ({ theme }) => ({
          borderRadius: theme.shape.borderRadius,
          '&.Mui-selected': {
            backgroundColor: theme.vars.palette.action.selected,
            color: theme.vars.palette.primary.main,
            fontWeight: 600,
          },
        }),
      },
    },
  },
};

export const theme = createTheme(themeOptions);
