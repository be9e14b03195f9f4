import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { BackupPreview, ImportReport } from '../../../../shared/portability/importContract';
import { useStore } from '../../store';
import { formatTimestamp } from '../board/dates';
import { tableLabels } from './previewText';

/** A JSON export: what it holds, and restoring it as a whole into an empty database. */
export function RestoreStep({
  preview,
  onBack,
  onDone,
}: {
  preview: BackupPreview;
  onBack: () => void;
  onDone: (report: ImportReport) => void;
}) {
  const commitImport = useStore((s) => s.commitImport);
  const [restoring, setRestoring] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    setRestoring(true);
    setError(null);
    const result = await commitImport({
      source: { token: preview.token },
      mapping: [],
      decisions: {},
      otherDuplicates: 'skip',
      skipProblemRows: false,
    });
    setRestoring(false);
    if (result.ok) onDone(result.value);
    else setError(result.error.message);
  };

  return (
    <Stack gap="md">
      <Text size="sm">
        “{preview.fileName}” is a Partnerloom export made on {formatTimestamp(preview.exportedAt)}{' '}
        by version {preview.appVersion}. It holds:
      </Text>
      <Table maw={420} verticalSpacing={4}>
        <Table.Caption>Contents of the export</Table.Caption>
        <Table.Tbody>
          {Object.entries(preview.counts).map(([table, n]) => (
            <Table.Tr key={table}>
              <Table.Th scope="row" fw={400}>
                {tableLabels[table] ?? table}
              </Table.Th>
              <Table.Td ta="right">{n.toLocaleString()}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {preview.blocked ? (
        <Alert
          color="orange"
          title="This database is not empty"
          role="alert"
          styles={{ title: { color: 'var(--mantine-color-text)' } }}
        >
          {preview.blocked}
        </Alert>
      ) : (
        <Text size="sm">Everything is restored as it was, or — if anything fails — nothing.</Text>
      )}
      {error && (
        <Alert color="red" title="Nothing was restored" role="alert">
          {error}
        </Alert>
      )}
      <Group justify="space-between">
        <Button variant="default" onClick={onBack} disabled={restoring}>
          Back
        </Button>
        <Button onClick={() => void run()} loading={restoring} disabled={preview.blocked !== null}>
          Restore everything
        </Button>
      </Group>
    </Stack>
  );
}
