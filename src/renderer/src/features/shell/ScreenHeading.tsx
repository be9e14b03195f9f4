import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { LoadError } from './LoadState';

/** A screen's title, the question it answers, and its main action at the right. */
export function ScreenHeading({
  title,
  question,
  action,
}: {
  title: string;
  question: string;
  action?: ReactNode;
}) {
  return (
    <Group justify="space-between" wrap="nowrap">
      <div>
        <Title order={1} size="h2">
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {question}
        </Text>
      </div>
      {action}
    </Group>
  );
}

/** A screen whose data could not be loaded: its heading, why, and a way to ask again. */
export function ScreenLoadError({
  heading,
  title,
  message,
  onRetry,
}: {
  heading: ReactNode;
  title: string;
  message: string | null;
  onRetry: () => void;
}) {
  return (
    <Stack>
      {heading}
      <LoadError title={title} message={message} onRetry={onRetry} />
    </Stack>
  );
}
