import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, startTransition, useEffect, useId, useState } from 'react';
import type { TodaySection as Section } from '../../../../shared/today/today';
import { useStore } from '../../store';

/**
 * Long lists ("Show all" on a thousand follow-ups) are drawn in batches, one task each, so that
 * the window keeps answering while the rest is added.
 */
const firstBatch = 100;
const laterBatch = 200;

/** A heading with its count, an explanation, and the list of items (or nothing). */
export function TodaySection<T>({
  section,
  title,
  hint,
  items,
  total,
  render,
}: {
  section: Section;
  title: string;
  hint: string;
  /** The first items (long lists come in part until asked for all). */
  items: readonly T[];
  total: number;
  render: (item: T) => ReactNode;
}) {
  const headingId = useId();
  const showWholeSection = useStore((s) => s.showWholeSection);
  const [loading, setLoading] = useState(false);
  const [drawn, setDrawn] = useState(firstBatch);
  useEffect(() => {
    if (drawn >= items.length) return;
    const next = setTimeout(() => startTransition(() => setDrawn((n) => n + laterBatch)), 0);
    return () => clearTimeout(next);
  }, [drawn, items.length]);
  if (total === 0) return null;
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Group gap="xs" align="center">
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        <Badge variant="light" color="gray" c="dark.6" tt="none" aria-hidden>
          {total.toLocaleString()}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed">
        {hint}
      </Text>
      <Stack component="ul" gap="xs" m={0} p={0} aria-labelledby={headingId}>
        {(items.length > drawn ? items.slice(0, drawn) : items).map(render)}
      </Stack>
      {items.length < total && (
        <Button
          variant="subtle"
          loading={loading}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => {
            setLoading(true);
            void showWholeSection(section).finally(() => setLoading(false));
          }}
        >
          Show all {total.toLocaleString()}
        </Button>
      )}
    </Stack>
  );
}
