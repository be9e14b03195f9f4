import Papa from 'papaparse';
import { neutraliseCell } from '../../shared/portability/cells';

/**
 * Every CSV file the app writes, as spreadsheets open it without asking: UTF-8 with a
 * byte-order mark (Excel reads it as UTF-8 only then), CRLF line ends, fields quoted where
 * needed, and no cell a spreadsheet would run as a formula (`neutraliseCell`; the importer
 * takes the apostrophe off again). Papa Parse's own `escapeFormulae` is not used: its pattern
 * misses values that contain a line break and cannot be undone on import.
 */
const bom = '\uFEFF';

export function csvText(rows: readonly (readonly (string | number)[])[]): string {
  const cells = rows.map((row) => row.map((c) => (typeof c === 'string' ? neutraliseCell(c) : c)));
  return bom + Papa.unparse(cells, { newline: '\r\n', quotes: false }) + '\r\n';
}

export const csvBytes = (rows: readonly (readonly (string | number)[])[]): Uint8Array =>
  new TextEncoder().encode(csvText(rows));
