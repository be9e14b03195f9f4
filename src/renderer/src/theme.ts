import { createTheme, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 8 keeps white button labels above WCAG AA contrast (4.5:1).
  primaryShade: { light: 8, dark: 5 },
  fontFamily:
    'Inter, "Segoe UI", system-ui, -apple-system, "Noto Sans", "DejaVu Sans", Roboto, sans-serif',
  defaultRadius: 'md',
  headings: { fontWeight: '650' },
});

/** Mantine's default dimmed grey and error red are too pale for AA contrast on our background. */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7] ?? '#495057',
    '--mantine-color-error': t.colors.red[9] ?? '#c92a2a',
  },
  dark: {},
});
