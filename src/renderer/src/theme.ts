import { createTheme, type CSSVariablesResolver, Modal, Notification } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 8 keeps white button labels above WCAG AA contrast (4.5:1).
  primaryShade: { light: 8, dark: 5 },
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
