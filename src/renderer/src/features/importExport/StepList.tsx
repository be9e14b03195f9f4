import { Group, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';

/**
 * Where the wizard is: a numbered list with the current step marked for screen readers
 * (`aria-current="step"`). Plain text, not buttons: the wizard's own buttons move between steps.
 */
export function StepList({ steps, active }: { steps: string[]; active: number }) {
  return (
    <Group component="ol" aria-label="Steps" gap="lg" mb="lg" p={0} style={{ listStyle: 'none' }}>
      {steps.map((label, i) => (
        <Group
          component="li"
          key={label}
          gap={8}
          wrap="nowrap"
          aria-current={i === active ? 'step' : undefined}
        >
          <ThemeIcon
            size={26}
            radius="xl"
            variant={i <= active ? 'filled' : 'light'}
            color={i < active ? 'teal.8' : 'blue'}
            aria-hidden
          >
            <Text size="sm" fw={700} c="inherit">
              {i + 1}
            </Text>
          </ThemeIcon>
          <Text size="sm" fw={i === active ? 700 : 400} {...(i > active ? { c: 'dimmed' } : {})}>
            {label}
            {i < active && <VisuallyHidden> (done)</VisuallyHidden>}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
