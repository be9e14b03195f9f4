import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { agreementKindShort, agreementStatusLabels } from '../../../../shared/agreement';
import {
  type ExportResult,
  documentFormatLabels,
  documentKindLabels,
} from '../../../../shared/documentHistory';
import { useStore } from '../../store';
import { browserModeFileNote, DocumentFile } from './FileButtons';

/** What was saved where, with Open and Show in folder (or, in browser mode, the path). */
export function ExportResultPanel({
  result,
  onAnother,
  onClose,
}: {
  result: ExportResult;
  onAnother: () => void;
  onClose: () => void;
}) {
  const browserMode = useStore((s) => s.appInfo?.mode === 'browser');
  const first = result.saved[0];
  return (
    <Stack gap="md">
      <Alert color="teal" title="Saved" role="status">
        <Text size="sm">
          {first ? documentKindLabels[first.kind] : 'The document'} was saved
          {result.saved.length > 1 ? ` in ${result.saved.length} formats` : ''} and added to the
          partner's document history.
          {result.agreement &&
            ` The ${agreementKindShort[result.agreement.kind]} ${result.agreement.reference} is recorded as ${agreementStatusLabels[result.agreement.status].toLowerCase()}.`}
        </Text>
        {result.cancelled && (
          <Text size="sm" mt="xs">
            Saving the other format was cancelled.
          </Text>
        )}
      </Alert>
      {browserMode && (
        <Text size="sm" c="dimmed">
          {browserModeFileNote}
        </Text>
      )}
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Format</Table.Th>
            <Table.Th>{browserMode ? 'Saved as' : 'File'}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.saved.map((doc) => (
            <Table.Tr key={doc.id}>
              <Table.Td>{documentFormatLabels[doc.format]}</Table.Td>
              <Table.Td>
                <DocumentFile doc={doc} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="flex-end">
        <Button variant="default" onClick={onAnother}>
          Create another document
        </Button>
        <Button onClick={onClose} data-autofocus>
          Done
        </Button>
      </Group>
    </Stack>
  );
}
