import { Alert, Button, FileButton, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { ImportPreview } from '../../../../shared/portability/importContract';
import { useStore } from '../../store';

const accepted = [
  '.csv',
  '.txt',
  '.tsv',
  '.xlsx',
  '.json',
  'text/csv',
  'text/plain',
  'application/json',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
].join(',');

/** Step 1: the file, read by the backend; nothing is saved yet. */
export function ChooseFileStep({ onRead }: { onRead: (preview: ImportPreview) => void }) {
  const previewImport = useStore((s) => s.previewImport);
  const [reading, setReading] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const read = async (file: File | null) => {
    if (!file) return;
    setError(null);
    setReading(file.name);
    const result = await previewImport({ file }, null);
    setReading(null);
    if (result.ok) onRead(result.value);
    else setError(result.error.message);
  };

  return (
    <Stack gap="md" align="flex-start">
      <Text size="sm" maw={720}>
        Choose a spreadsheet with one partner per row and a header row naming the columns, such as
        “Organisation”, “Country”, “Website”, “Contact person”, “E-mail”. Partnerloom reads:
      </Text>
      <List size="sm" spacing={4}>
        <List.Item>
          CSV files with commas, semicolons or tabs, in UTF-8, UTF-16 or Windows-1252
        </List.Item>
        <List.Item>Excel workbooks (.xlsx): the first sheet</List.Item>
        <List.Item>Partnerloom’s own JSON export, restored into an empty database</List.Item>
      </List>
      <FileButton onChange={(file) => void read(file)} accept={accepted}>
        {(props) => (
          <Button {...props} loading={reading !== null}>
            Choose a file…
          </Button>
        )}
      </FileButton>
      {reading && (
        <Text size="sm" role="status">
          Reading “{reading}”…
        </Text>
      )}
      {error && (
        <Alert color="red" title="This file cannot be imported" role="alert" maw={720}>
          {error}
        </Alert>
      )}
    </Stack>
  );
}
