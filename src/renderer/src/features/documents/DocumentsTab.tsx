import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useId } from 'react';
import type { Agreement } from '../../../../shared/agreement';
import { documentFormatLabels, documentKindLabels } from '../../../../shared/documentHistory';
import { useStore } from '../../store';
import { formatTimestamp } from '../board/dates';
import { LoadError, Loading } from '../shell/LoadState';
import { AgreementSection } from './AgreementSection';
import { browserModeFileNote, DocumentFile } from './FileButtons';

/** The partner's agreements and every document exported for it. */
export function DocumentsTab({
  partnerId,
  agreements,
}: {
  partnerId: number;
  agreements: Agreement[];
}) {
  const openExport = useStore((s) => s.openExport);
  const agreementsHeading = useId();
  return (
    <Stack gap="xl">
      <section aria-labelledby={agreementsHeading}>
        <Group justify="space-between" mb="sm">
          <Title order={3} size="h5" id={agreementsHeading}>
            Agreements
          </Title>
        </Group>
        {agreements.length === 0 ? (
          <Stack gap="xs" align="flex-start">
            <Text size="sm" c="dimmed">
              No agreement yet. Exporting an MoU or a Letter of Intent records one here.
            </Text>
            <Button size="xs" variant="light" onClick={() => openExport(partnerId, 'mou')}>
              Create an MoU…
            </Button>
          </Stack>
        ) : (
          <Stack gap="md">
            {agreements.map((a) => (
              // A change saved elsewhere (a new export) starts the section afresh.
              <AgreementSection key={`${a.id}-${a.updatedAt}`} agreement={a} />
            ))}
          </Stack>
        )}
      </section>
      <DocumentHistory partnerId={partnerId} />
    </Stack>
  );
}

function DocumentHistory({ partnerId }: { partnerId: number }) {
  const headingId = useId();
  const documents = useStore((s) =>
    s.documents?.partnerId === partnerId ? s.documents.list : null,
  );
  const status = useStore((s) => s.documentsStatus);
  const error = useStore((s) => s.documentsError);
  const loadDocuments = useStore((s) => s.loadDocuments);
  const browserMode = useStore((s) => s.appInfo?.mode === 'browser');

  useEffect(() => {
    void loadDocuments(partnerId);
  }, [partnerId, loadDocuments]);

  return (
    <section aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId} mb="sm">
        Document history
      </Title>
      {documents === null ? (
        status === 'error' ? (
          <LoadError
            title="The document history could not be loaded"
            message={error}
            onRetry={() => void loadDocuments(partnerId)}
          />
        ) : (
          <Loading label="Loading the document history" />
        )
      ) : documents.length === 0 ? (
        <Text size="sm" c="dimmed">
          No documents exported yet.
        </Text>
      ) : (
        <>
          {browserMode && (
            <Text size="xs" c="dimmed" mb="xs">
              {browserModeFileNote}
            </Text>
          )}
          <Table striped highlightOnHover>
            <Table.Caption>Newest first</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Document</Table.Th>
                <Table.Th>Format</Table.Th>
                <Table.Th>Saved</Table.Th>
                <Table.Th>File</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {documents.map((doc) => (
                <Table.Tr key={doc.id}>
                  <Table.Td>{documentKindLabels[doc.kind]}</Table.Td>
                  <Table.Td>{documentFormatLabels[doc.format]}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatTimestamp(doc.createdAt, true)}
                  </Table.Td>
                  <Table.Td>
                    <DocumentFile doc={doc} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </section>
  );
}
