import {
  colorsTuple,
  createTheme,
  type CSSVariablesResolver,
  DEFAULT_THEME,
  Modal,
  Notification,
} from '@mantine/core';

/**
 * Mantine's oranges with a darker last shade: its own orange 9 (#d9480f) reads at 4.3:1 on white
 * and 4.0:1 on orange 0, under AA contrast for the small text of "due today" and "ends soon"
 * badges; #9c3a0a reads at 6.9:1 and 6.4:1.
 */
const orange = colorsTuple([...DEFAULT_THEME.colors.orange.slice(0, 9), '#9c3a0a']);

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 8 keeps white button labels above WCAG AA contrast (4.5:1).
  primaryShade: { light: 8, dark: 5 },
  colors: { orange },
  fontFamily:
    'Inter, "Segoe UI", system-ui, -apple-system, "Noto Sans", "DejaVu Sans", Roboto, sans-serif',
  defaultRadius: 'md',
  headings: { fontWeight: '650' },
  components: {
    // The × on every message and dialog needs a name for screen readers.
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss message' } },
    }),
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
  },
});

/** Mantine's default dimmed grey, error red and light-variant text are too pale for AA contrast. */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7] ?? '#495057',
    '--mantine-color-error': t.colors.red[9] ?? '#c92a2a',
    // Text of "light" variants (the active navigation entry, light badges), also on the hover
    // tint, which Mantine makes darker than AA contrast allows at our primary shade.
    '--mantine-color-indigo-light-color': t.colors.indigo[9] ?? '#364fc7',
    '--mantine-color-indigo-light-hover': t.colors.indigo[1] ?? '#dbe4ff',
  },
  dark: {},
});
