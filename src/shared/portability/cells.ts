/**
 * Cell text in CSV files. Spreadsheets run a cell that begins with = + - @ (and, in some, a tab
 * or carriage return) as a formula, so exported cells that begin that way get an apostrophe in
 * front: the spreadsheet shows the text, and `restoreCell` takes the apostrophe off again when
 * the file comes back. A value that already begins with apostrophes before such a character
 * gets one more, so that exporting and importing give back exactly what was there.
 */

const formulaStart = /^'*[=+\-@\t\r]/;
const neutralised = /^'+[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

export function restoreCell(value: string): string {
  return neutralised.test(value) ? value.slice(1) : value;
}

/**
 * Several values in one cell ("Training; Mobility"). A semicolon inside a value is doubled,
 * so that any list survives the trip through a spreadsheet.
 */
export function joinList(values: readonly string[]): string {
  return values.map((v) => v.replaceAll(';', ';;')).join('; ');
}

/** The values of a cell written by `joinList` or typed by a person; blanks dropped. */
export function splitList(cell: string): string[] {
  const values: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i];
    if (c === ';' && cell[i + 1] === ';') {
      current += ';';
      i++;
    } else if (c === ';') {
      values.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  values.push(current);
  return values.map((v) => v.trim()).filter((v) => v !== '');
}
