import Papa from 'papaparse';

/**
 * A CSV file as spreadsheets open it without asking: UTF-8 with a byte-order mark (Excel
 * reads it as UTF-8 only then), CRLF line ends, fields quoted where needed.
 *
 * Formula injection: a cell starting with = + - @, a tab or a carriage return would be run as
 * a formula by spreadsheet programs; it gets a leading apostrophe, which they show as text.
 * Papa Parse's own `escapeFormulae: true` pattern misses values that contain a line break
 * (its `.*$` stops at the first newline), so the pattern here only looks at the first
 * character. Numbers are written as they are (a count is never negative).
 */
const formulaStart = /^[=+\-@\t\r]/;

const bom = '\uFEFF';

export function csvText(rows: readonly (readonly (string | number)[])[]): string {
  return (
    bom +
    Papa.unparse(
      rows.map((r) => [...r]),
      { escapeFormulae: formulaStart, newline: '\r\n', quotes: false },
    )
  );
}

export const csvBytes = (rows: readonly (readonly (string | number)[])[]): Uint8Array =>
  new TextEncoder().encode(csvText(rows));
