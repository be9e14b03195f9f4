import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { phaseLabels } from '../../../../shared/domain';
import { type ArchivedPartner, recycleBinDays } from '../../../../shared/partner';
import { useStore } from '../../store';
import { ListLoadState } from '../shell/LoadState';
import { PartnerActionDialog } from './PartnerActionDialog';
import { PartnerListRow, PartnerListTable } from './PartnerListRow';
import { RecentlyDeleted } from './RecentlyDeleted';
import { restoredNotice } from './archiveWithUndo';
import { plural } from './format';
import { formatTimestamp } from '../board/dates';

/**
 * Partners taken off the board: restore them where they were, or delete them into "Recently
 * deleted", where they are kept for 30 days.
 */
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

      <ListLoadState
        status={status}
        error={error}
        count={archived.length}
        errorTitle="The archive could not be loaded"
        loadingLabel="Loading the archive"
        onRetry={() => void loadArchived()}
        empty={
          <Paper withBorder p="xl" ta="center">
            <Text fw={600}>The archive is empty</Text>
            <Text size="sm" c="dimmed" mt={4} maw={560} mx="auto">
              Archive a partner from its detail view when the cooperation has ended or a prospect
              did not work out. It leaves the board but nothing is lost, and you can bring it back
              at any time.
            </Text>
          </Paper>
        }
      >
        <PartnerListTable
          caption={plural(archived.length, 'archived partner')}
          columns={['Phase it was in', 'Archived']}
        >
          {archived.map((a) => (
            <ArchivedRow key={a.id} partner={a} onDelete={() => setDeleting(a)} />
          ))}
        </PartnerListTable>
      </ListLoadState>

      <DeleteDialog partner={deleting} onClose={() => setDeleting(null)} />
      <RecentlyDeleted />
    </Stack>
  );
}

function ArchivedRow({ partner: a, onDelete }: { partner: ArchivedPartner; onDelete: () => void }) {
  const restorePartner = useStore((s) => s.restorePartner);
  return (
    <PartnerListRow
      partner={a}
      restoreLabel={`Restore “${a.name}”`}
      restore={restorePartner}
      restored={restoredNotice}
      deleteText="Delete…"
      deleteLabel={`Delete “${a.name}”…`}
      onDelete={onDelete}
    >
      <Table.Td>{phaseLabels[a.phase]}</Table.Td>
      <Table.Td>{formatTimestamp(a.archivedAt)}</Table.Td>
    </PartnerListRow>
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
  return (
    <PartnerActionDialog
      partner={partner}
      title={(name) => `Delete “${name}”?`}
      confirmLabel="Delete"
      action={deletePartner}
      done={(name) => ({
        title: `“${name}” moved to Recently deleted`,
        message: `It is kept there for ${recycleBinDays} days and can be restored until then.`,
      })}
      onClose={onClose}
    >
      It moves to Recently deleted, below, with its contacts, logbook, history and documents, and is
      kept there for {recycleBinDays} days. You can restore it until then.
    </PartnerActionDialog>
  );
}
