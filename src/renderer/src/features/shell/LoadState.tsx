import type { ReactNode } from 'react';
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

/**
 * A list's state in one place: why it could not be loaded, a spinner while it first loads,
 * what to say when it is empty, or the list itself.
 */
export function ListLoadState({
  status,
  error,
  count,
  errorTitle,
  loadingLabel,
  onRetry,
  empty,
  children,
}: {
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  count: number;
  errorTitle: string;
  loadingLabel: string;
  onRetry: () => void;
  empty: ReactNode;
  children: ReactNode;
}) {
  if (status === 'error') return <LoadError title={errorTitle} message={error} onRetry={onRetry} />;
  if (count === 0) return status === 'ready' ? empty : <Loading label={loadingLabel} />;
  return children;
}
