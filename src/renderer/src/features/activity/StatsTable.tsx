import { Table, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Row } from '../../../../shared/overlap/tables';

/**
 * Rows of the activity view as a real table: the header row as column headers, each row's
 * first cell as its row header, numbers right-aligned. The same rows the CSV export writes;
 * `cell` changes how a value reads on screen (a percent sign, a dash for "none").
 */
export function StatsTable({
  caption,
  rows,
  cell,
  nowrapRows,
}: {
  caption: string;
  rows: readonly Row[];
  /** Row headers stay on one line (short ones such as months). */
  nowrapRows?: boolean;
  cell?: (column: number, value: string | number) => ReactNode;
}) {
  const [header = [], ...body] = rows;
  return (
    <Table striped captionSide="top">
      {/* The section's heading says the same to sight; the caption names the table. */}
      <Table.Caption m={0}>
        <VisuallyHidden>{caption}</VisuallyHidden>
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          {header.map((h, i) => (
            <Table.Th key={i} scope="col" ta={i === 0 ? 'left' : 'right'}>
              {h}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {body.map((row, r) => (
          <Table.Tr key={r}>
            {row.map((value, i) =>
              i === 0 ? (
                <Table.Th
                  key={i}
                  scope="row"
                  fw={500}
                  style={nowrapRows ? { whiteSpace: 'nowrap' } : undefined}
                >
                  {value}
                </Table.Th>
              ) : (
                <Table.Td key={i} ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {cell ? cell(i, value) : value}
                </Table.Td>
              ),
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
