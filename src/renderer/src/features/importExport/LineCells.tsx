import { Table } from '@mantine/core';

/** The first two cells of a row of the file: its line number, and its name as the row header. */
export function LineCells({ line, name }: { line: number; name: string }) {
  return (
    <>
      <Table.Td>{line}</Table.Td>
      <Table.Th scope="row" fw={600}>
        <span dir="auto">{name || '—'}</span>
      </Table.Th>
    </>
  );
}
