import type { Locator } from '@playwright/test';

/** The cell of `table` in the row headed `row` and the column headed `column`. */
export async function tableCell(table: Locator, row: string, column: string): Promise<Locator> {
  const index = await table
    .getByRole('columnheader', { name: column, exact: true })
    .evaluate((th) => (th as HTMLTableCellElement).cellIndex);
  return table
    .getByRole('row')
    .filter({ has: table.page().getByRole('rowheader', { name: row, exact: true }) })
    .locator(':scope > th, :scope > td')
    .nth(index);
}
