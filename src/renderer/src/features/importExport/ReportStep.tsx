import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import type { ImportReport } from '../../../../shared/portability/importContract';
import { useStore } from '../../store';
import { LineCells } from './LineCells';
import { plural } from '../partners/format';

/** Step 4: what the import did, and why rows were skipped. */
export function ReportStep({ report, onClose }: { report: ImportReport; onClose: () => void }) {
  const navigate = useStore((s) => s.navigate);
  const summary = report.restored
    ? `Restored ${plural(report.imported, 'partner', 'partners')} with everything logged about them.`
    : `Imported ${report.imported.toLocaleString()}, merged ${report.merged.toLocaleString()}, skipped ${report.skipped.length.toLocaleString()}.`;

  return (
    <Stack gap="md">
      <Alert
        color="teal"
        title="Import finished"
        role="status"
        styles={{ title: { color: 'var(--mantine-color-text)' } }}
      >
        {summary}
      </Alert>
      {report.skipped.length > 0 && (
        <Table.ScrollContainer minWidth={640} mah="45vh">
          <Table verticalSpacing="xs" striped>
            <Table.Caption>Rows that were skipped, and why</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Line</Table.Th>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Why</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.skipped.map((s) => (
                <Table.Tr key={s.line}>
                  <LineCells line={s.line} name={s.name} />
                  <Table.Td>
                    <Text size="sm">{s.reason}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Close
        </Button>
        <Button
          onClick={() => {
            onClose();
            navigate('board');
          }}
        >
          Show the board
        </Button>
      </Group>
    </Stack>
  );
}
