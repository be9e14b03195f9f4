import { Button, Group, Switch, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import type { ActivityTable } from '../../../../shared/activity/tables';
import { activityTableTitles } from '../../../../shared/activity/tables';
import { useStore } from '../../store';
import { notifyFailure } from '../overlap/notifyFailure';
import classes from './activity.module.css';

/**
 * A table that scrolls sideways when the window is too narrow for it; only then is it a tab
 * stop, so that keyboard users can scroll it too.
 */
function ScrollArea({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setOverflows(el.scrollWidth > el.clientWidth);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      className={classes.table}
      {...(overflows
        ? { tabIndex: 0, role: 'region', 'aria-label': `${label}, scrolls sideways` }
        : {})}
    >
      {children}
    </div>
  );
}

/** Saves one of the view's tables as CSV; a cancelled save says nothing. */
function DownloadCsv({ table }: { table: ActivityTable }) {
  const exportCsv = useStore((s) => s.exportActivityCsv);
  const [busy, setBusy] = useState(false);
  const title = activityTableTitles[table];
  async function save() {
    setBusy(true);
    const result = await exportCsv(table);
    setBusy(false);
    if (!result.ok) notifyFailure('The file was not saved', result.error.message);
    else if (result.value.savedTo) {
      notifications.show({
        closeButtonProps: { 'aria-label': 'Close the message' },
        title: `${title} saved as CSV`,
        message: result.value.savedTo,
        role: 'status',
      });
    }
  }
  return (
    <Button
      size="compact-sm"
      variant="default"
      loading={busy}
      aria-label={`Download CSV: ${title}`}
      onClick={() => void save()}
    >
      Download CSV
    </Button>
  );
}

/**
 * One part of the view: a chart for the eye, with its numbers as a real table. Screen readers
 * always get the table (hidden from sight while the chart shows); "Show as table" swaps the two
 * on screen. Sections without a chart show the table alone.
 */
export function ChartSection({
  table,
  intro,
  chart,
  children,
  note,
}: {
  table: ActivityTable;
  intro: string;
  /** Drawn for sight only; the table carries the same numbers. */
  chart?: ReactNode;
  /** The table. */
  children: ReactNode;
  note?: ReactNode;
}) {
  const id = useId();
  const [asTable, setAsTable] = useState(false);
  const showChart = chart !== undefined && !asTable;
  return (
    <section className={classes.section} aria-labelledby={id}>
      <Group justify="space-between" align="flex-start" gap="sm">
        <div style={{ flex: '1 1 16rem' }}>
          <Title order={2} size="h4" id={id}>
            {activityTableTitles[table]}
          </Title>
          <Text size="sm" c="dimmed">
            {intro}
          </Text>
        </div>
        <Group gap="sm" wrap="nowrap">
          {chart !== undefined && (
            <Switch
              size="sm"
              label="Show as table"
              checked={asTable}
              onChange={(e) => setAsTable(e.currentTarget.checked)}
            />
          )}
          <DownloadCsv table={table} />
        </Group>
      </Group>
      {showChart && (
        <div aria-hidden className={classes.chart}>
          {chart}
        </div>
      )}
      {showChart ? (
        <VisuallyHidden>{children}</VisuallyHidden>
      ) : (
        <ScrollArea label={activityTableTitles[table]}>{children}</ScrollArea>
      )}
      {note && (
        <Text size="sm" c="dimmed" mt="xs">
          {note}
        </Text>
      )}
    </section>
  );
}
