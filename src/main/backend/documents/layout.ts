/**
 * The page geometry and type scale both renderers draw with, in points. Word and PDF share
 * these numbers so that a document breaks onto the same pages in either format.
 */
export const layout = {
  /** A4. */
  page: { width: 595.28, height: 841.89 },
  margin: { top: 68, bottom: 68, left: 68, right: 68 },
  /** Landscape pages are reports with wide tables: narrower margins. */
  landscapeMargin: { top: 36, bottom: 48, left: 44, right: 44 },
  /** Distance of the header and footer text from the page edge. */
  headerFooterDistance: 34,
  font: 'DejaVu Sans',
  size: { body: 10, small: 8.5, footer: 8, title: 20, subtitle: 11.5, h1: 12, h2: 10.5 },
  /**
   * Distance from one line to the next, as a multiple of the font size. Word gets it as exact
   * line spacing, so it does not depend on which of the font's metrics a word processor reads.
   */
  linePitch: 1.38,
  /** The embedded family's own line height (hhea ascent + descent) per em, as pdfmake reads it. */
  fontLineHeight: 2384 / 2048,
  spacing: {
    paragraphAfter: 6,
    h1Before: 14,
    h1After: 5,
    h2Before: 10,
    h2After: 4,
    titleAfter: 4,
    subtitleAfter: 14,
    listItemAfter: 3,
    listIndent: 20,
  },
  colour: {
    accent: '#1f3a5f',
    text: '#1a1a1a',
    muted: '#555555',
    rule: '#9aa7b8',
    border: '#b8c2cf',
    headerFill: '#e8edf3',
  },
  cellPadding: { x: 5, y: 3 },
  /** Dense tables (matrices of figures): type size and cell padding. */
  dense: { size: 7.5, padding: { x: 3, y: 1.2 } },
  /** Space between side-by-side columns. */
  columnGap: 18,
  /** Room left above the signature line for a handwritten signature. */
  signatureSpace: 42,
} as const;

/** Page size, margins and the width between the margins, in points, for either orientation. */
export function pageGeometry(orientation: 'portrait' | 'landscape' = 'portrait') {
  const { width: short, height: long } = layout.page;
  const landscape = orientation === 'landscape';
  const [width, height] = landscape ? [long, short] : [short, long];
  const margin = landscape ? layout.landscapeMargin : layout.margin;
  return { width, height, margin, contentWidth: width - margin.left - margin.right };
}

/** "#1f3a5f" → "1F3A5F" as Word wants it. */
export const wordColour = (hex: string) => hex.replace('#', '').toUpperCase();

/** Widths in points of side-by-side columns given in parts, the gaps between them left out. */
export function sideColumnWidths(columns: readonly { width: number }[], width: number): number[] {
  const parts = columns.reduce((sum, c) => sum + c.width, 0) || 1;
  const free = width - layout.columnGap * Math.max(0, columns.length - 1);
  return columns.map((c) => (free * c.width) / parts);
}
