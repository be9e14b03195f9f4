import { Button, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { backupReasonLabels, type BackupInfo } from '../../../../shared/backup';
import { useStore } from '../../store';
import { formatTimestamp } from '../board/dates';
import { ListLoadState } from '../shell/LoadState';
import { type RestoreChoice, RestoreDialog, RestoreFileButton } from './RestoreDialog';

/** "1.4 MB", "820 KB". */
function formatSize(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toLocaleString(undefined, { maximumFractionDigits: digits })} ${units[unit]}`;
}

/** Backups: the list, "Back up now", and restoring a backup or a chosen database file. */
export function BackupsSection() {
  const backups = useStore((s) => s.backups);
  const status = useStore((s) => s.backupsStatus);
  const error = useStore((s) => s.backupsError);
  const loadBackups = useStore((s) => s.loadBackups);
  const backUpNow = useStore((s) => s.backUpNow);
  const dataDir = useStore((s) => s.appInfo?.dataDir);
  const [busy, setBusy] = useState(false);
  const [choice, setChoice] = useState<RestoreChoice | null>(null);

  useEffect(() => {
    void loadBackups();
  }, [loadBackups]);

  const backUp = async () => {
    setBusy(true);
    const result = await backUpNow();
    setBusy(false);
    notifications.show(
      result.ok
        ? {
            color: 'teal',
            title: 'Backed up',
            message: `${formatTimestamp(result.value.createdAt, true)}, ${formatSize(result.value.sizeBytes)}`,
          }
        : { color: 'red', title: 'The backup failed', message: result.error.message },
    );
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="backups-title">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h3" id="backups-title">
            Backups
          </Title>
          <Text c="dimmed" size="sm" mt={4} maw={760}>
            Partnerloom backs up your data on each day you use it, before every update and before
            every restore, and keeps the last 7 daily and 8 weekly backups
            {dataDir ? ` in ${dataDir}/backups` : ''}. Restoring a backup backs up what you have now
            first.
          </Text>
        </div>
        <Group gap="sm">
          <Button loading={busy} onClick={() => void backUp()}>
            Back up now
          </Button>
          <RestoreFileButton onChoose={(file) => setChoice({ kind: 'file', file })} />
        </Group>

        <ListLoadState
          status={status}
          error={error}
          count={backups.length}
          errorTitle="The backups could not be listed"
          loadingLabel="Loading the backups"
          onRetry={() => void loadBackups()}
          empty={
            <Text size="sm">
              No backups yet. Partnerloom makes one a few seconds after it starts, on each day you
              use it, once there is something to keep — or make one now with “Back up now”.
            </Text>
          }
        >
          <Paper withBorder>
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing="xs" highlightOnHover>
                <Table.Caption>
                  {backups.length === 1 ? '1 backup' : `${backups.length} backups`}, newest first
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Made</Table.Th>
                    <Table.Th scope="col">Why</Table.Th>
                    <Table.Th scope="col" ta="right">
                      Partners
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      Size
                    </Table.Th>
                    <Table.Th scope="col">
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {backups.map((b) => (
                    <BackupRow
                      key={b.name}
                      backup={b}
                      onRestore={() => setChoice({ kind: 'backup', backup: b })}
                    />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        </ListLoadState>
        <RestoreDialog choice={choice} hasCurrentData onClose={() => setChoice(null)} />
      </Stack>
    </Paper>
  );
}

function BackupRow({ backup: b, onRestore }: { backup: BackupInfo; onRestore: () => void }) {
  const made = formatTimestamp(b.createdAt, true);
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        {made}
      </Table.Th>
      <Table.Td>
        {backupReasonLabels[b.reason]}
        {!b.verified && (
          <Text span size="sm" c="red.9">
            {' '}
            · not checked
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right">{b.partners ?? '—'}</Table.Td>
      <Table.Td ta="right">{formatSize(b.sizeBytes)}</Table.Td>
      <Table.Td>
        <Group justify="flex-end">
          <Button
            size="compact-sm"
            variant="light"
            aria-label={`Restore the backup of ${made}…`}
            onClick={onRestore}
          >
            Restore…
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
