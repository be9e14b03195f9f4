import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import {
  type OverlapTable,
  overlapTableTitles,
  overlapTables,
} from '../../../../shared/overlap/tables';
import { useStore } from '../../store';
import { notifyFailure } from './notifyFailure';

/** One table of the view (as filtered) as a CSV file for a spreadsheet. */
export function ExportMenu() {
  const exportCsv = useStore((s) => s.exportOverlapCsv);
  const [busy, setBusy] = useState(false);

  async function run(table: OverlapTable) {
    setBusy(true);
    const result = await exportCsv(table);
    setBusy(false);
    if (!result.ok) {
      notifyFailure('The file was not saved', result.error.message);
    } else if (result.value.savedTo) {
      notifications.show({
        closeButtonProps: { 'aria-label': 'Close the message' },
        title: `${overlapTableTitles[table]} saved`,
        message: result.value.savedTo,
        role: 'status',
      });
    }
  }

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" loading={busy}>
          Export as CSV
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>For Excel or LibreOffice, with the filters applied</Menu.Label>
        {overlapTables.map((t) => (
          <Menu.Item key={t} onClick={() => void run(t)}>
            {overlapTableTitles[t]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
