import { Alert, Button, Group, Loader, Text } from '@mantine/core';

/** A spinner in place of a screen (or panel) whose data is on its way. */
export function Loading({ label }: { label: string }) {
  return (
    <Group justify="center" p="xl">
      <Loader aria-label={label} />
    </Group>
  );
}

/** Why a screen's data could not be loaded, and a way to ask again. */
export function LoadError({
  title,
  message,
  onRetry,
}: {
  title: string;
  message: string | null;
  onRetry: () => void;
}) {
  return (
    <Alert color="red" title={title} role="alert">
      <Text size="sm">{message}</Text>
      <Button mt="sm" variant="light" color="red" onClick={onRetry}>
        Try again
      </Button>
    </Alert>
  );
}
