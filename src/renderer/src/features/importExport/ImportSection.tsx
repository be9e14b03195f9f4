import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ImportWizard } from './ImportWizard';

/** Bringing partners in: from a spreadsheet, or a whole JSON export into an empty database. */
export function ImportSection() {
  const [opened, setOpened] = useState(false);
  // A fresh wizard for each opening.
  const [round, setRound] = useState(0);

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="import-title">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h3" id="import-title">
          Import
        </Title>
        <Text size="sm" c="dimmed" maw={720}>
          Move in from your spreadsheet: a CSV file or an Excel workbook (.xlsx) with one partner
          per row. You match the columns, see every row before anything is saved, and decide what
          happens to partners you already have. A JSON export of Partnerloom can be restored into an
          empty database.
        </Text>
        <Button
          variant="light"
          onClick={() => {
            setRound((r) => r + 1);
            setOpened(true);
          }}
        >
          Import from a file…
        </Button>
      </Stack>
      <ImportWizard key={round} opened={opened} onClose={() => setOpened(false)} />
    </Paper>
  );
}
