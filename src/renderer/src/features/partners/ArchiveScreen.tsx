import { Button, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { phaseLabels, stakeholderGroupLabels } from '../../../../shared/domain';
import type { ArchivedPartner } from '../../../../shared/partner';
import { useStore } from '../../store';
import { LoadError, Loading } from '../shell/LoadState';
import { ConfirmDialog } from './ConfirmDialog';
import { restoredNotice } from './archiveWithUndo';
import { formatTimestamp } from '../board/dates';

/** Partners taken off the board: restore them where they were, or delete them for good. */
export function ArchiveScreen() {
  const archived = useStore((s) => s.archived);
  const status = useStore((s) => s.archivedStatus);
  const error = useStore((s) => s.archivedError);
  const loadArchived = useStore((s) => s.loadArchived);
  const [deleting, setDeleting] = useState<ArchivedPartner | null>(null);

  useEffect(() => {
    void loadArchived();
  }, [loadArchived]);

  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Title order={1} size="h2">
          Archive
        </Title>
        <Text c="dimmed" mt={4}>
          Partners you no longer work with, kept with their contacts, logbook and history. Restoring
          puts a partner back on the board in the phase it was in.
        </Text>
      </div>

      {status === 'error' ? (
        <LoadError
          title="The archive could not be loaded"
          message={error}
          onRetry={() => void loadArchived()}
        />
      ) : status !== 'ready' && archived.length === 0 ? (
        <Loading label="Loading the archive" />
      ) : archived.length === 0 ? (
        <Paper withBorder p="xl" ta="center">
          <Text fw={600}>The archive is empty</Text>
          <Text size="sm" c="dimmed" mt={4} maw={560} mx="auto">
            Archive a partner from its detail view when the cooperation has ended or a prospect did
            not work out. It leaves the board but nothing is lost, and you can bring it back at any
            time.
          </Text>
        </Paper>
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={700}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Caption>
                {archived.length === 1
                  ? '1 archived partner'
                  : `${archived.length} archived partners`}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Name</Table.Th>
                  <Table.Th scope="col">Stakeholder group</Table.Th>
                  <Table.Th scope="col">Phase it was in</Table.Th>
                  <Table.Th scope="col">Archived</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {archived.map((a) => (
                  <ArchivedRow key={a.id} partner={a} onDelete={() => setDeleting(a)} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}

      <DeleteDialog partner={deleting} onClose={() => setDeleting(null)} />
    </Stack>
  );
}

function ArchivedRow({ partner: a, onDelete }: { partner: ArchivedPartner; onDelete: () => void }) {
  const restorePartner = useStore((s) => s.restorePartner);
  const [restoring, setRestoring] = useState(false);

  const restore = async () => {
    setRestoring(true);
    const result = await restorePartner(a.id);
    setRestoring(false);
    if (result.ok) restoredNotice(result.value);
    else
      notifications.show({
        color: 'red',
        title: `“${a.name}” could not be restored`,
        message: result.error.message,
      });
  };

  return (
    <Table.Tr>
      <Table.Th scope="row" fw={600}>
        <span dir="auto" style={{ overflowWrap: 'anywhere' }}>
          {a.name}
        </span>
      </Table.Th>
      <Table.Td>{a.stakeholderGroup ? stakeholderGroupLabels[a.stakeholderGroup] : '—'}</Table.Td>
      <Table.Td>{phaseLabels[a.phase]}</Table.Td>
      <Table.Td>{formatTimestamp(a.archivedAt)}</Table.Td>
      <Table.Td>
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          <Button
            size="compact-sm"
            variant="light"
            loading={restoring}
            aria-label={`Restore “${a.name}”`}
            onClick={() => void restore()}
          >
            Restore
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            color="red.9"
            c="red.9"
            aria-label={`Delete “${a.name}”…`}
            onClick={onDelete}
          >
            Delete…
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

function DeleteDialog({
  partner,
  onClose,
}: {
  partner: ArchivedPartner | null;
  onClose: () => void;
}) {
  const deletePartner = useStore((s) => s.deletePartner);
  // Keeps the name in the dialog while it fades out after the deletion.
  const [shown, setShown] = useState(partner);
  if (partner && partner !== shown) setShown(partner);
  const name = shown?.name ?? '';

  return (
    <ConfirmDialog
      opened={partner !== null}
      title={`Delete “${name}” for good?`}
      confirmLabel="Delete for good"
      danger
      onCancel={onClose}
      onConfirm={async () => {
        if (!shown) return null;
        const result = await deletePartner(shown.id);
        if (!result.ok) return result.error.message;
        onClose();
        notifications.show({
          color: 'gray',
          title: `“${name}” deleted`,
          message: 'It is gone for good.',
        });
        return null;
      }}
    >
      Its contacts, logbook, history and documents go too. This cannot be undone.
    </ConfirmDialog>
  );
}
