import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ExportKind } from '../../../../shared/portability/importContract';
import { useStore } from '../../store';

/** What each button writes, and the title of the message once it is saved. */
const exports: { kind: ExportKind; label: string; what: (n: number) => string }[] = [
  {
    kind: 'json',
    label: 'Everything (JSON)',
    what: (n) => `Everything exported (${n === 1 ? '1 partner' : `${n} partners`})`,
  },
  {
    kind: 'partnersCsv',
    label: 'Partners (CSV)',
    what: (n) => (n === 1 ? '1 partner exported' : `${n} partners exported`),
  },
  {
    kind: 'contactsCsv',
    label: 'Contacts (CSV)',
    what: (n) => (n === 1 ? '1 contact exported' : `${n} contacts exported`),
  },
];

/** Your data out of the app: one JSON file with everything, or spreadsheets of partners and contacts. */
export function ExportSection() {
  const exportData = useStore((s) => s.exportData);
  const [busy, setBusy] = useState<ExportKind | null>(null);

  const run = async (kind: ExportKind) => {
    const item = exports.find((e) => e.kind === kind)!;
    setBusy(kind);
    const result = await exportData(kind);
    setBusy(null);
    if (!result.ok) {
      notifications.show({
        color: 'red',
        title: 'The export could not be saved',
        message: result.error.message,
      });
    } else if (result.value.savedPath !== null) {
      notifications.show({
        color: 'teal',
        title: item.what(result.value.count),
        message: `Saved as ${result.value.savedPath}`,
      });
    }
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="export-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="export-title">
          Export
        </Title>
        <Text size="sm" c="dimmed" maw={720}>
          Take your data anywhere. The JSON file holds everything — institution profile, partners,
          contacts, logbook, phase history, checklists, agreements and document history — and can be
          restored into an empty Partnerloom. The CSV files open in Excel or LibreOffice and can be
          imported again.
        </Text>
        <Group gap="sm">
          {exports.map((e) => (
            <Button
              key={e.kind}
              variant={e.kind === 'json' ? 'filled' : 'light'}
              loading={busy === e.kind}
              disabled={busy !== null && busy !== e.kind}
              onClick={() => void run(e.kind)}
            >
              Export {e.label.charAt(0).toLowerCase() + e.label.slice(1)}
            </Button>
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}
