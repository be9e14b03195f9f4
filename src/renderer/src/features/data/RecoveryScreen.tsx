import { Alert, Button, Center, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { StartupState } from '../../../../shared/backup';
import { useStore } from '../../store';
import { formatTimestamp } from '../board/dates';
import { type RestoreChoice, RestoreDialog, RestoreFileButton } from './RestoreDialog';
import { reloadWithNotice } from './restoreNotice';

type Problem = Extract<StartupState, { state: 'damaged' | 'unavailable' }>;

/**
 * Shown instead of the app when start-up could not open the data: what happened in plain words,
 * where the damaged file is kept, and the ways out (restore the newest good backup, another
 * backup file, or start empty). Nothing here deletes anything.
 */
export function RecoveryScreen({ problem }: { problem: Problem }) {
  return (
    <Center mih="100vh" p="lg" component="main">
      <Paper withBorder p="xl" maw={720} w="100%" shadow="sm">
        <Stack gap="md">
          <Group gap="xs">
            <img src="./logo.svg" alt="" width={28} height={28} />
            <Text fw={700}>Partnerloom</Text>
          </Group>
          {problem.state === 'damaged' ? (
            <Damaged problem={problem} />
          ) : (
            <Unavailable message={problem.message} />
          )}
        </Stack>
      </Paper>
    </Center>
  );
}

function Unavailable({ message }: { message: string }) {
  return (
    <>
      <Title order={1} size="h2">
        Partnerloom cannot open your data
      </Title>
      <Alert color="red" title="What happened" role="alert">
        {message}
      </Alert>
      <Text size="sm">
        Nothing has been changed. Once the problem is fixed, close Partnerloom and start it again.
      </Text>
    </>
  );
}

function Damaged({ problem }: { problem: Extract<Problem, { state: 'damaged' }> }) {
  const startEmpty = useStore((s) => s.startEmpty);
  const [choice, setChoice] = useState<RestoreChoice | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const newest = problem.newestBackup;

  const empty = async () => {
    setBusy(true);
    setError(null);
    const result = await startEmpty();
    setBusy(false);
    if (!result.ok) setError(result.error.message);
    else
      reloadWithNotice({
        title: 'Started with an empty database',
        message: `The damaged file is still kept as ${problem.damagedFile}.`,
      });
  };

  return (
    <>
      <Title order={1} size="h2">
        Your data needs attention
      </Title>
      <Alert color="red" title="The database is damaged" role="alert">
        <Text size="sm">
          Partnerloom checks its database every time it starts, and this time the check failed.
          Nothing has been deleted: the damaged file has been put aside and kept as
        </Text>
        <Code block mt="xs">
          {problem.damagedFile}
        </Code>
        <Text size="xs" c="dimmed" mt="xs">
          What the check found: {problem.problem}
        </Text>
      </Alert>
      <Stack gap="xs">
        <Title order={2} size="h4">
          How to go on
        </Title>
        {newest ? (
          <Text size="sm">
            The newest good backup is from {formatTimestamp(newest.createdAt, true)}
            {newest.partners !== null ? ` and holds ${newest.partners} partners` : ''}. Changes made
            after it are not in it.
          </Text>
        ) : (
          <Text size="sm">There is no backup to restore.</Text>
        )}
        <Group gap="sm" mt="xs">
          {newest && (
            <Button onClick={() => setChoice({ kind: 'backup', backup: newest })}>
              Restore the newest good backup ({formatTimestamp(newest.createdAt, true)})
            </Button>
          )}
          <RestoreFileButton onChoose={(file) => setChoice({ kind: 'file', file })} />
          <Button variant="default" loading={busy} onClick={() => void empty()}>
            Start with an empty database (the damaged file is kept)
          </Button>
        </Group>
        {error && (
          <Alert color="red" role="alert" title="That did not work">
            {error}
          </Alert>
        )}
      </Stack>
      <RestoreDialog choice={choice} hasCurrentData={false} onClose={() => setChoice(null)} />
    </>
  );
}
