import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { memo, type ReactNode, useId } from 'react';
import { useStore } from '../../store';

type ItemTone = 'overdue' | 'due' | 'info';

const toneColour: Record<ItemTone, string> = {
  overdue: 'var(--mantine-color-red-8)',
  due: 'var(--mantine-color-orange-7)',
  info: 'var(--mantine-color-indigo-5)',
};

/**
 * One thing to do: the partner (opens its detail view), why it is here, and what can be done
 * about it. The buttons are described by the partner's name for screen readers.
 */
export const TodayItemRow = memo(function TodayItemRow({
  partnerId,
  partnerName,
  reason,
  tone,
  children,
}: {
  partnerId: number;
  partnerName: string;
  reason: string;
  tone: ItemTone;
  children?: ReactNode;
}) {
  const openPartner = useStore((s) => s.openPartner);
  const nameId = useId();
  return (
    <Paper
      component="li"
      withBorder
      px="md"
      py="sm"
      aria-labelledby={nameId}
      style={{ borderLeft: `4px solid ${toneColour[tone]}`, listStyle: 'none' }}
    >
      <Group justify="space-between" wrap="nowrap" gap="md" align="center">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Anchor
            component="button"
            type="button"
            id={nameId}
            fw={650}
            ta="left"
            dir="auto"
            onClick={() => openPartner(partnerId)}
          >
            {partnerName}
          </Anchor>
          <Text size="sm" {...(tone === 'overdue' ? { c: 'red.9' } : {})} dir="auto">
            {reason}
          </Text>
        </Stack>
        {children && (
          <Group gap="xs" wrap="nowrap" aria-describedby={nameId} role="group">
            {children}
          </Group>
        )}
      </Group>
    </Paper>
  );
});
