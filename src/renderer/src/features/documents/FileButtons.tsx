import { Button, Code, Group, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { DocumentRecord } from '../../../../shared/documentHistory';
import { api } from '../../api';
import { useStore } from '../../store';

type Source = 'document' | 'signedScan';

/**
 * Opens a saved file, or shows it in its folder. Should the platform not manage it after all,
 * the message names the file's place instead.
 */
async function fileAction(action: 'open' | 'show', source: Source, id: number) {
  const call = action === 'open' ? api.openDocument : api.showDocumentInFolder;
  const result = await call({ source, id });
  if (!result.ok) {
    notifications.show({
      color: 'red',
      title: 'The file cannot be opened',
      message: result.error.message,
    });
  } else if (!result.value.done) {
    notifications.show({
      title: 'Open it from its folder',
      message: `The file is at ${result.value.path}`,
    });
  }
}

/**
 * A saved file: its name opens it and "Show in folder" reveals it (desktop app). Browser mode
 * cannot start programs on the computer, so there the file's full path is shown instead.
 */
export function FileButtons({
  source,
  id,
  fileName,
  filePath,
}: {
  source: Source;
  id: number;
  fileName: string;
  filePath: string | null;
}) {
  const browserMode = useStore((s) => s.appInfo?.mode === 'browser');
  if (browserMode || filePath === null) {
    return <Code style={{ overflowWrap: 'anywhere' }}>{filePath ?? fileName}</Code>;
  }
  return (
    <Group gap={4} wrap="nowrap">
      <Button
        size="compact-sm"
        variant="subtle"
        title={filePath}
        aria-label={`Open ${fileName}`}
        onClick={() => void fileAction('open', source, id)}
        styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
      >
        {fileName}
      </Button>
      <Button
        size="compact-sm"
        variant="default"
        aria-label={`Show ${fileName} in its folder`}
        onClick={() => void fileAction('show', source, id)}
      >
        Show in folder
      </Button>
    </Group>
  );
}

/** A file of the document history. */
export function DocumentFile({ doc }: { doc: DocumentRecord }) {
  return (
    <FileButtons source="document" id={doc.id} fileName={doc.fileName} filePath={doc.savedPath} />
  );
}

/** The note that goes with file lists in browser mode. */
export const browserModeFileNote =
  'Browser mode cannot open files on this computer: each file’s place is shown instead.';

/** Files just saved, one row per format, with Open and Show in folder (browser mode: the path). */
export function SavedFilesTable({
  files,
}: {
  files: { id: number; format: string; fileName: string; savedPath: string | null }[];
}) {
  const browserMode = useStore((s) => s.appInfo?.mode === 'browser');
  return (
    <>
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
          {files.map((file) => (
            <Table.Tr key={file.id}>
              <Table.Td>{file.format}</Table.Td>
              <Table.Td>
                <FileButtons
                  source="document"
                  id={file.id}
                  fileName={file.fileName}
                  filePath={file.savedPath}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
