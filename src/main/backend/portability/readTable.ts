import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import { AppError } from '../errors';
import { type TextEncoding, decodeText, startsWith } from './decodeText';

/**
 * A coordinator's spreadsheet as rows of text: CSV (any common delimiter, any of the
 * encodings of decodeText) or the first sheet of an Excel workbook. Rows keep the line they
 * start on, so that every message can say where to look. Rows the parser could not read
 * properly (a quotation mark never closed, more or fewer cells than the header) carry a
 * problem instead of being dropped or guessed.
 */

export interface TableRow {
  /** Line in the file (CSV) or row number in the sheet (Excel) where the row starts. */
  line: number;
  cells: string[];
  problem: string | null;
}

export interface Table {
  format: 'csv' | 'xlsx';
  encoding: TextEncoding | null;
  delimiter: string | null;
  sheet: string | null;
  headers: string[];
  rows: TableRow[];
}

const zipMagic = [0x50, 0x4b, 0x03, 0x04];
const oleMagic = [0xd0, 0xcf, 0x11, 0xe0];

const blank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

function unreadable(message: string): AppError {
  return new AppError('invalid_input', message);
}

function countMismatch(line: number, found: number, expected: number): string {
  return found > expected
    ? `Line ${line} has ${found} cells but the header has ${expected}: a value probably contains the delimiter without quotation marks.`
    : `Line ${line} has ${found} cells but the header has ${expected}.`;
}

/** Header first, then the rows; blank rows are left out. */
function withHeader(parsed: { line: number; cells: string[]; problem: string | null }[]): {
  headers: string[];
  rows: TableRow[];
} {
  const nonBlank = parsed.filter((r) => r.problem !== null || !blank(r.cells));
  const header = nonBlank.shift();
  if (!header) throw unreadable('The file has no rows. Choose a file with a header row and data.');
  if (header.problem) throw unreadable(`The header row cannot be read: ${header.problem}`);
  const headers = header.cells.map((h) => h.trim());
  const rows = nonBlank.map((row) => {
    if (row.problem) return row;
    // Trailing empty cells (spreadsheets pad rows) are not a mismatch.
    let cells = row.cells;
    while (cells.length > headers.length && cells[cells.length - 1]?.trim() === '') {
      cells = cells.slice(0, -1);
    }
    if (cells.length !== headers.length) {
      return { ...row, cells, problem: countMismatch(row.line, cells.length, headers.length) };
    }
    return { ...row, cells: headers.map((_, i) => cells[i] ?? '') };
  });
  return { headers, rows };
}

const delimiters = [',', ';', '\t', '|'];

/**
 * Papa Parse guesses from the first rows, and a blank line among a few rows (the last line
 * of a short file) throws its guess off: guess from the non-blank lines only.
 */
function guessDelimiter(text: string): string {
  const sample = text
    .split('\n', 200)
    .filter((line) => line.trim() !== '')
    .slice(0, 20)
    .join('\n');
  return Papa.parse<string[]>(sample, { newline: '\n', delimitersToGuess: delimiters }).meta
    .delimiter;
}

function parseCsv(text: string): { delimiter: string; headers: string[]; rows: TableRow[] } {
  const normalised = text.replace(/\r\n?/g, '\n');
  const parsed: TableRow[] = [];
  let lineAtCursor = 1;
  let cursor = 0;
  const delimiter = guessDelimiter(normalised);
  Papa.parse<string[]>(normalised, {
    newline: '\n',
    delimiter,
    step(result) {
      const start = cursor;
      const end = result.meta.cursor;
      const line = lineAtCursor;
      for (let i = start; i < end; i++) if (normalised.charCodeAt(i) === 10) lineAtCursor++;
      cursor = end;
      const unclosed = result.errors.some((e) => e.code === 'MissingQuotes');
      const badQuote = result.errors.find((e) => e.type === 'Quotes');
      parsed.push({
        line,
        cells: result.data,
        problem: unclosed
          ? `Line ${line} opens a quotation mark that is never closed, so everything from there to the end of the file reads as one cell.`
          : badQuote
            ? `Line ${line} has a quotation mark in the wrong place: ${badQuote.message}.`
            : null,
      });
    },
  });
  return { delimiter, ...withHeader(parsed) };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

async function parseXlsx(
  bytes: Uint8Array,
): Promise<{ sheet: string; headers: string[]; rows: TableRow[] }> {
  let sheets;
  try {
    sheets = await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    throw unreadable(
      `This Excel file cannot be read (${(error as Error).message}). Open it in Excel or LibreOffice and save it again as .xlsx or as CSV.`,
    );
  }
  const first = sheets[0];
  if (!first) throw unreadable('This Excel file has no sheets.');
  const parsed = first.data.map((row, i) => ({
    line: i + 1,
    cells: row.map(cellText),
    problem: null,
  }));
  return { sheet: first.sheet, ...withHeader(parsed) };
}

export function detectFormat(bytes: Uint8Array, fileName: string): 'csv' | 'xlsx' | 'json' {
  if (startsWith(bytes, oleMagic) || /\.xls$/i.test(fileName)) {
    throw unreadable(
      'This is an Excel file in the old .xls format. Open it in Excel or LibreOffice and save it as .xlsx (Excel workbook) or as CSV.',
    );
  }
  if (startsWith(bytes, zipMagic)) return 'xlsx';
  if (/\.json$/i.test(fileName)) return 'json';
  // A JSON export saved under another name still starts with its opening brace.
  return /^\s*\{/.test(decodeText(bytes.subarray(0, 64)).text) ? 'json' : 'csv';
}

/** Reads a CSV or .xlsx file; JSON files are handled elsewhere. */
export async function readTable(bytes: Uint8Array, format: 'csv' | 'xlsx'): Promise<Table> {
  if (format === 'xlsx') {
    const { sheet, headers, rows } = await parseXlsx(bytes);
    return { format, encoding: null, delimiter: null, sheet, headers, rows };
  }
  const { text, encoding } = decodeText(bytes);
  const { delimiter, headers, rows } = parseCsv(text);
  return { format, encoding, delimiter, sheet: null, headers, rows };
}
