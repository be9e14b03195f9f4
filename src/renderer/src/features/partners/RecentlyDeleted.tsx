import { Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { type DeletedPartner, recycleBinDays } from '../../../../shared/partner';
import { useStore } from '../../store';
import { formatTimestamp } from '../board/dates';
import { ListLoadState } from '../shell/LoadState';
import { PartnerActionDialog } from './PartnerActionDialog';
import { PartnerListRow, PartnerListTable } from './PartnerListRow';
import { plural } from './format';
import { appNow } from '../../appNow';

const dayMs = 24 * 60 * 60 * 1000;

/** "30 days left", "1 day left", or that it goes at the next start. */
function daysLeftLabel(deletedAt: string, now = appNow().getTime()): string {
  const left = Math.ceil((Date.parse(deletedAt) + recycleBinDays * dayMs - now) / dayMs);
  if (Number.isNaN(left)) return '—';
  if (left <= 0) return 'Removed at the next start';
  return `${plural(left, 'day')} left`;
}

/**
 * Partners deleted from the archive in the last 30 days, with everything logged about them:
 * back to the archive with one click, or deleted for good now.
 */
export function RecentlyDeleted() {
  const deleted = useStore((s) => s.deleted);
  const status = useStore((s) => s.deletedStatus);
  const error = useStore((s) => s.deletedError);
  const loadDeleted = useStore((s) => s.loadDeleted);
  const [purging, setPurging] = useState<DeletedPartner | null>(null);

  useEffect(() => {
    void loadDeleted();
  }, [loadDeleted]);

  return (
    <Stack gap="sm" component="section" aria-labelledby="recently-deleted-title">
      <div>
        <Title order={2} size="h3" id="recently-deleted-title">
          Recently deleted
        </Title>
        <Text c="dimmed" size="sm" mt={4}>
          Deleted partners stay here for {recycleBinDays} days with their contacts, logbook and
          history. Restoring one puts it back in the archive.
        </Text>
      </div>
      <ListLoadState
        status={status}
        error={error}
        count={deleted.length}
        errorTitle="Recently deleted partners could not be loaded"
        loadingLabel="Loading recently deleted partners"
        onRetry={() => void loadDeleted()}
        empty={<Text size="sm">Nothing has been deleted in the last {recycleBinDays} days.</Text>}
      >
        <PartnerListTable
          caption={plural(deleted.length, 'recently deleted partner')}
          columns={['Deleted', 'Time left']}
        >
          {deleted.map((d) => (
            <DeletedRow key={d.id} partner={d} onPurge={() => setPurging(d)} />
          ))}
        </PartnerListTable>
      </ListLoadState>
      <PurgeDialog partner={purging} onClose={() => setPurging(null)} />
    </Stack>
  );
}

function DeletedRow({ partner: d, onPurge }: { partner: DeletedPartner; onPurge: () => void }) {
  const undeletePartner = useStore((s) => s.undeletePartner);
  return (
    <PartnerListRow
      partner={d}
      restoreLabel={`Restore “${d.name}” to the archive`}
      restore={undeletePartner}
      restored={() =>
        notifications.show({ color: 'teal', title: 'Back in the archive', message: `“${d.name}”` })
      }
      deleteText="Delete now…"
      deleteLabel={`Delete “${d.name}” now…`}
      onDelete={onPurge}
    >
      <Table.Td>{formatTimestamp(d.deletedAt, true)}</Table.Td>
      <Table.Td>{daysLeftLabel(d.deletedAt)}</Table.Td>
    </PartnerListRow>
  );
}

function PurgeDialog({
  partner,
  onClose,
}: {
  partner: DeletedPartner | null;
  onClose: () => void;
}) {
  const purgePartner = useStore((s) => s.purgePartner);
  return (
    <PartnerActionDialog
      partner={partner}
      title={(name) => `Delete “${name}” for good?`}
      confirmLabel="Delete for good"
      action={purgePartner}
      done={(name) => ({ title: `“${name}” deleted`, message: 'It is gone for good.' })}
      onClose={onClose}
    >
      Its contacts, logbook, history and documents go too. This cannot be undone (a backup made
      before today may still hold it).
    </PartnerActionDialog>
  );
}
