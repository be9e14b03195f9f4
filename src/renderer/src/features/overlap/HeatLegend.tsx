import { Group, Text } from '@mantine/core';
import { diagonalStep, heatLegend } from '../../../../shared/overlap/heat';
import classes from './overlap.module.css';

/** What the colours of a matrix mean: one swatch per step, labelled with its counts. */
export function HeatLegend({
  max,
  what,
  diagonal,
}: {
  max: number;
  what: string;
  diagonal?: string;
}) {
  const steps = heatLegend(max);
  return (
    <Group gap="md" mt="sm" wrap="wrap" aria-label="Colour key" role="group">
      <Group gap={6} wrap="nowrap">
        <Text size="xs" c="dimmed">
          {what}:
        </Text>
        {steps.length === 0 && (
          <Text size="xs" c="dimmed">
            none yet
          </Text>
        )}
        {steps.map(({ step, from, to }) => (
          <span
            key={from}
            className={classes.swatch}
            style={{ background: step.fill, color: step.text }}
          >
            {from === to ? from : `${from}–${to}`}
          </span>
        ))}
      </Group>
      {diagonal && (
        <Group gap={6} wrap="nowrap">
          <span
            className={classes.swatch}
            style={{
              background: diagonalStep.fill,
              color: diagonalStep.text,
              border: '1px solid var(--mantine-color-gray-5)',
            }}
          >
            n
          </span>
          <Text size="xs" c="dimmed">
            {diagonal}
          </Text>
        </Group>
      )}
      <Group gap={6} wrap="nowrap">
        <span className={`${classes.swatch} ${classes.empty}`} style={{ height: 24 }} />
        <Text size="xs" c="dimmed">
          Empty: none
        </Text>
      </Group>
    </Group>
  );
}
