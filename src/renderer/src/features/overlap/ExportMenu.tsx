import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import {
  overlapReportFormatLabels,
  overlapReportFormats,
  overlapTableTitles,
  overlapTables,
} from '../../../../shared/overlap/tables';
import type { Result } from '../../../../shared/result';
import { useStore } from '../../store';
import { notifyFailure } from './notifyFailure';

const reportTitles = { pdf: 'Overlap report (PDF)', docx: 'Overlap report (Word)' } as const;

/** The view (as filtered) as a one-page report, or one of its tables as a CSV file. */
export function ExportMenu() {
  const exportCsv = useStore((s) => s.exportOverlapCsv);
  const exportReport = useStore((s) => s.exportOverlapReport);
  const [busy, setBusy] = useState(false);

  /** Saves one file; a cancelled save says nothing. */
  async function run(title: string, save: () => Promise<Result<{ savedTo: string | null }>>) {
    setBusy(true);
    const result = await save();
    setBusy(false);
    if (!result.ok) {
      notifyFailure('The file was not saved', result.error.message);
    } else if (result.value.savedTo) {
      notifications.show({
        closeButtonProps: { 'aria-label': 'Close the message' },
        title: `${title} saved`,
        message: result.value.savedTo,
        role: 'status',
      });
    }
  }

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" loading={busy}>
          Export
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>One landscape page for a report, with the filters applied</Menu.Label>
        {overlapReportFormats.map((f) => (
          <Menu.Item key={f} onClick={() => void run(reportTitles[f], () => exportReport(f))}>
            {overlapReportFormatLabels[f]}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Label>Tables as CSV for Excel or LibreOffice</Menu.Label>
        {overlapTables.map((t) => (
          <Menu.Item key={t} onClick={() => void run(overlapTableTitles[t], () => exportCsv(t))}>
            {overlapTableTitles[t]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
