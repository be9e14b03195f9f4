import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { agreementKindShort, agreementStatusLabels } from '../../../../shared/agreement';
import {
  type ExportResult,
  documentFormatLabels,
  documentKindLabels,
} from '../../../../shared/documentHistory';
import { SavedFilesTable } from './FileButtons';

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
      <SavedFilesTable
        files={result.saved.map((doc) => ({ ...doc, format: documentFormatLabels[doc.format] }))}
      />
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
