import { useInterval } from '@mantine/hooks';
import { useEffect } from 'react';
import { useStore } from '../../store';
import { localIsoDate } from '../board/dates';
import { plural } from '../partners/format';
import { summaryLine } from './wording';

const appTitle = 'Partnerloom';

/** The local day a notification was last shown for: one a day at most. */
let notifiedOn: string | null = null;

/**
 * Keeps the coordinator reminded while the app runs: the window title (and the icon badge in
 * the desktop app) show how much is overdue, a system notification says so at start-up and
 * once a day, and the list is fresh after every change of screen and at local midnight.
 */
export function useTodayReminders(): void {
  const loadToday = useStore((s) => s.loadToday);
  const screen = useStore((s) => s.screen);
  const day = useStore((s) => s.todayList?.today ?? null);
  const summary = useStore((s) => s.todayList?.summary ?? null);
  const showOverdueBadge = useStore((s) => s.showOverdueBadge);
  const notifyOverdue = useStore((s) => s.notifyOverdue);
  const overdue = summary?.overdue ?? 0;

  // The Today view loads itself (at start-up too); elsewhere this keeps the title and badge up
  // to date.
  useEffect(() => {
    if (screen !== 'today') void loadToday({ quiet: true });
  }, [screen, loadToday]);

  useInterval(
    () => {
      if (day !== null && localIsoDate() !== day) void loadToday({ quiet: true });
    },
    60_000,
    { autoInvoke: true },
  );

  useEffect(() => {
    document.title = overdue > 0 ? `${appTitle} — ${overdue.toLocaleString()} overdue` : appTitle;
    showOverdueBadge(overdue);
  }, [overdue, showOverdueBadge]);

  useEffect(() => {
    if (day === null || summary === null || summary.overdue === 0 || notifiedOn === day) return;
    notifiedOn = day;
    void notifyOverdue(
      `${plural(summary.overdue, 'item')} overdue`,
      `${summaryLine(summary)}. Open Partnerloom's Today view to see them.`,
    );
  }, [day, summary, notifyOverdue]);
}
