import { notifications } from '@mantine/notifications';
import type { RestoreResult } from '../../../../shared/backup';
import { formatTimestamp } from '../board/dates';

const noticeKey = 'partnerloom.notice';

interface Notice {
  title: string;
  message: string;
}

/** What a restore did, in the words the coordinator reads after the reload. */
export function restoredNotice(result: RestoreResult): Notice {
  const what =
    result.source.kind === 'backup'
      ? `the backup of ${formatTimestamp(result.source.createdAt, true)}`
      : `“${result.source.fileName}”`;
  const partners = result.partners === 1 ? '1 partner' : `${result.partners} partners`;
  const parts = [`Restored ${what}: ${partners}.`];
  if (result.upgradedFrom !== null) {
    parts.push('It came from an older version of Partnerloom and has been brought up to date.');
  }
  if (result.safetyBackup) {
    parts.push(
      `What you had before is kept as the backup of ${formatTimestamp(result.safetyBackup.createdAt, true)}.`,
    );
  }
  return { title: 'Data restored', message: parts.join(' ') };
}

/**
 * Reloads the window so that every screen reads the new data, and shows `notice` once it has
 * loaded again (the notice waits in this tab's session storage).
 */
export function reloadWithNotice(notice: Notice): void {
  sessionStorage.setItem(noticeKey, JSON.stringify(notice));
  window.location.reload();
}

/** Shows the notice a reload left, if any. */
export function showPendingNotice(): void {
  const raw = sessionStorage.getItem(noticeKey);
  if (!raw) return;
  sessionStorage.removeItem(noticeKey);
  try {
    const notice = JSON.parse(raw) as Notice;
    notifications.show({
      color: 'teal',
      title: notice.title,
      message: notice.message,
      autoClose: 12_000,
    });
  } catch {
    // A notice that cannot be read is not worth an error.
  }
}
