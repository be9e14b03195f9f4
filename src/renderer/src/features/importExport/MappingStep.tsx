import { Alert, Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { TablePreview } from '../../../../shared/portability/importContract';
import {
  type ImportField,
  type ImportMapping,
  importFieldLabels,
  importFields,
} from '../../../../shared/portability/importFields';
import { useStore } from '../../store';
import { fileSummary } from './previewText';

const leaveOut = '';
const options = [
  { value: leaveOut, label: '— Leave out —' },
  ...importFields.map((f) => ({ value: f, label: importFieldLabels[f] })),
];

/** Step 2: which column fills which field, guessed from the headers and editable. */
export function MappingStep({
  preview,
  onChange,
  onBack,
  onNext,
}: {
  preview: TablePreview;
  onChange: (preview: TablePreview) => void;
  onBack: () => void;
  onNext: () => void;
}) {
  const previewImport = useStore((s) => s.previewImport);
  const [error, setError] = useState<string | null>(null);
  const [updating, setUpdating] = useState(false);

  const choose = async (index: number, value: string) => {
    const mapping: ImportMapping = preview.mapping.map((f, i) =>
      i === index ? (value === leaveOut ? null : (value as ImportField)) : f,
    );
    setUpdating(true);
    const result = await previewImport({ token: preview.token }, mapping);
    setUpdating(false);
    if (!result.ok) setError(result.error.message);
    else if (result.value.kind === 'table') {
      setError(null);
      onChange(result.value);
    }
  };

  return (
    <Stack gap="md">
      <Text size="sm">{fileSummary(preview)}</Text>
      <Table.ScrollContainer minWidth={640} mah="55vh">
        <Table verticalSpacing="xs" striped>
          <Table.Caption>Choose what each column of the file holds.</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Column in your file</Table.Th>
              <Table.Th scope="col">First values</Table.Th>
              <Table.Th scope="col">Imports as</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.columns.map((column, i) => (
              <Table.Tr key={i}>
                <Table.Th scope="row" fw={600}>
                  <span dir="auto">{column.header || `Column ${i + 1}`}</span>
                </Table.Th>
                <Table.Td>
                  <Text size="sm" c="dimmed" lineClamp={2} dir="auto">
                    {column.samples.length > 0 ? column.samples.join(' · ') : 'empty'}
                  </Text>
                </Table.Td>
                <Table.Td w={300}>
                  <NativeSelect
                    aria-label={`Imports “${column.header || `Column ${i + 1}`}” as`}
                    data={options}
                    value={preview.mapping[i] ?? leaveOut}
                    disabled={updating}
                    onChange={(e) => void choose(i, e.currentTarget.value)}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {(preview.mappingProblem ?? error) && (
        <Alert color="red" role="alert">
          {error ?? preview.mappingProblem}
        </Alert>
      )}
      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>
          Back
        </Button>
        <Button onClick={onNext} disabled={preview.mappingProblem !== null || updating}>
          Review rows
        </Button>
      </Group>
    </Stack>
  );
}
