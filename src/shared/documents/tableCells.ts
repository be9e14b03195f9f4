import type { TableCell } from './model';

/** What a cell has besides its text: alignment, background and text colour. */
export type CellStyle = Omit<TableCell, 'runs'>;

/** A table cell of plain text. */
export const cell = (text: string | number, style: CellStyle = {}): TableCell => ({
  runs: [String(text)],
  ...style,
});

/** A table cell in bold: column headings, row headings and totals. */
export const headCell = (text: string | number, style: CellStyle = {}): TableCell => ({
  runs: [{ text: String(text), bold: true }],
  ...style,
});
