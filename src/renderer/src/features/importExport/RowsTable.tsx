import { Table, Text } from '@mantine/core';
import {
  partnershipTypeLabels,
  phaseLabels,
  stakeholderGroupLabels,
} from '../../../../shared/domain';
import type { PreviewRow } from '../../../../shared/portability/importContract';
import { LineCells } from './LineCells';

/** The first rows as the partners they become. */
export function RowsTable({ rows }: { rows: PreviewRow[] }) {
  const shown = rows.slice(0, 20);
  return (
    <Table.ScrollContainer minWidth={900} mah="45vh">
      <Table verticalSpacing="xs" striped>
        <Table.Caption>
          {rows.length > shown.length
            ? `The first ${shown.length} of ${rows.length} rows listed.`
            : `${rows.length === 1 ? '1 row' : `${rows.length} rows`}.`}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Line</Table.Th>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Stakeholder group</Table.Th>
            <Table.Th scope="col">Partnership types</Table.Th>
            <Table.Th scope="col">Country</Table.Th>
            <Table.Th scope="col">City</Table.Th>
            <Table.Th scope="col">Phase</Table.Th>
            <Table.Th scope="col">Contact person</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((row) => (
            <Table.Tr key={row.line}>
              <LineCells line={row.line} name={row.name} />
              <Table.Td>
                {row.stakeholderGroup ? stakeholderGroupLabels[row.stakeholderGroup] : '—'}
              </Table.Td>
              <Table.Td>
                {row.types.length > 0
                  ? row.types.map((t) => partnershipTypeLabels[t]).join(', ')
                  : '—'}
              </Table.Td>
              <Table.Td dir="auto">{row.country || '—'}</Table.Td>
              <Table.Td dir="auto">{row.city || '—'}</Table.Td>
              <Table.Td>{phaseLabels[row.phase]}</Table.Td>
              <Table.Td dir="auto">
                {row.contactName || '—'}
                {row.contactEmail && (
                  <Text size="xs" c="dimmed">
                    {row.contactEmail}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
