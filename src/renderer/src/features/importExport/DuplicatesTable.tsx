import { NativeSelect, Table, Text } from '@mantine/core';
import { duplicateReasonLabels } from '../../../../shared/portability/duplicateKeys';
import type { ImportDecision, PreviewRow } from '../../../../shared/portability/importContract';
import { LineCells } from './LineCells';

/** Each likely duplicate beside what it looks like, with skip / merge / import anyway. */
export function DuplicatesTable({
  rows,
  decisionOf,
  onDecide,
}: {
  rows: PreviewRow[];
  decisionOf: (line: number) => ImportDecision;
  onDecide: (line: number, decision: ImportDecision) => void;
}) {
  return (
    <Table.ScrollContainer minWidth={720} mah="40vh">
      <Table verticalSpacing="xs" striped>
        <Table.Caption>
          Skip leaves the partner as it is; merge adds what the row has and the partner lacks
          (types, tags, empty fields, a new contact); import anyway adds a second partner.
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Line</Table.Th>
            <Table.Th scope="col">In your file</Table.Th>
            <Table.Th scope="col">Looks like</Table.Th>
            <Table.Th scope="col">What to do</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const d = row.duplicate;
            if (!d) return null;
            const target =
              d.target.kind === 'partner' ? `“${d.target.name}”` : `line ${d.target.line}`;
            return (
              <Table.Tr key={row.line}>
                <LineCells line={row.line} name={row.name} />
                <Table.Td>
                  <Text size="sm" dir="auto">
                    {d.target.kind === 'partner'
                      ? `“${d.target.name}”, already in Partnerloom`
                      : `line ${d.target.line} of this file, “${d.target.name}”`}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {d.reasons.map((r) => duplicateReasonLabels[r]).join(', ')}
                  </Text>
                </Table.Td>
                <Table.Td w={260}>
                  <NativeSelect
                    aria-label={`What to do with line ${row.line}, “${row.name}”`}
                    value={decisionOf(row.line)}
                    onChange={(e) => onDecide(row.line, e.currentTarget.value as ImportDecision)}
                    data={[
                      { value: 'skip', label: 'Skip' },
                      { value: 'merge', label: `Merge into ${target}` },
                      { value: 'import', label: 'Import as a new partner' },
                    ]}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
