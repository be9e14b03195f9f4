import { Stack, Text, Title } from '@mantine/core';
import { useStore } from '../../store';
import { ExportSection } from '../importExport/ExportSection';
import { ImportSection } from '../importExport/ImportSection';
import { BackupsSection } from './BackupsSection';

/**
 * "Your data": where it lives, its backups and restoring them, and moving data in and out of
 * Partnerloom. Each part is a section with its own heading.
 */
export function DataScreen() {
  const dataDir = useStore((s) => s.appInfo?.dataDir);
  return (
    <Stack gap="xl" maw={1100}>
      <div>
        <Title order={1} size="h2">
          Your data
        </Title>
        <Text c="dimmed" mt={4} maw={760}>
          Everything Partnerloom knows is kept in one database on this computer
          {dataDir ? `, in ${dataDir}` : ''}. Nothing is sent anywhere.
        </Text>
      </div>
      <BackupsSection />
      <ImportSection />
      <ExportSection />
    </Stack>
  );
}
