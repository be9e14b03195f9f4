import { Button, FileButton } from '@mantine/core';
import { useRef } from 'react';
import { useStore } from '../../store';
import { ConfirmDialog } from '../partners/ConfirmDialog';
import { formatTimestamp } from '../board/dates';
import type { BackupInfo } from '../../../../shared/backup';
import { reloadWithNotice, restoredNotice } from './restoreNotice';

/** What is about to replace the data: a backup from the list or a chosen file. */
export type RestoreChoice = { kind: 'backup'; backup: BackupInfo } | { kind: 'file'; file: File };

function restoreTitle(choice: RestoreChoice): string {
  return choice.kind === 'backup'
    ? `Restore the backup of ${formatTimestamp(choice.backup.createdAt, true)}?`
    : `Restore “${choice.file.name}”?`;
}

/**
 * "Are you sure?" before the data is replaced. On success the window reloads and then says
 * what was restored; a refusal (a damaged or newer file) stays in the dialog.
 */
export function RestoreDialog({
  choice,
  hasCurrentData,
  onClose,
}: {
  choice: RestoreChoice | null;
  /** False on the recovery screen: there is nothing open to back up first. */
  hasCurrentData: boolean;
  onClose: () => void;
}) {
  const restoreBackup = useStore((s) => s.restoreBackup);
  const restoreFromFile = useStore((s) => s.restoreFromFile);
  const partners =
    choice?.kind === 'backup' && choice.backup.partners !== null
      ? ` (${choice.backup.partners === 1 ? '1 partner' : `${choice.backup.partners} partners`})`
      : '';

  return (
    <ConfirmDialog
      opened={choice !== null}
      title={choice ? restoreTitle(choice) : ''}
      confirmLabel="Restore"
      onCancel={onClose}
      onConfirm={async () => {
        if (!choice) return null;
        const result =
          choice.kind === 'backup'
            ? await restoreBackup(choice.backup.name)
            : await restoreFromFile(choice.file);
        if (!result.ok) return result.error.message;
        reloadWithNotice(restoredNotice(result.value));
        return null;
      }}
    >
      {hasCurrentData
        ? `Your data is replaced by this ${choice?.kind === 'file' ? 'file' : 'backup'}${partners}. What you have now is backed up first, so you can go back to it from the list of backups.`
        : `Partnerloom starts again from this ${choice?.kind === 'file' ? 'file' : 'backup'}${partners}. Changes made after it was saved are not in it.`}
    </ConfirmDialog>
  );
}

/** "Restore from a file…": picks a Partnerloom database file (the backups are such files). */
export function RestoreFileButton({ onChoose }: { onChoose: (file: File) => void }) {
  // Cleared after each choice, so that the same file can be chosen again after a Cancel.
  const resetRef = useRef<() => void>(null);
  return (
    <FileButton
      resetRef={resetRef}
      accept=".sqlite,.db,.sqlite3,application/vnd.sqlite3,application/x-sqlite3"
      onChange={(file) => {
        resetRef.current?.();
        if (file) onChoose(file);
      }}
    >
      {(props) => (
        <Button variant="default" {...props}>
          Restore from a file…
        </Button>
      )}
    </FileButton>
  );
}
