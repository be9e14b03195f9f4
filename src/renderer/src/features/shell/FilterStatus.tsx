import { Button, Group, Text } from '@mantine/core';

/** How many are shown under the filters (announced as it changes), and "Clear filters". */
export function FilterStatus({
  text,
  active,
  onClear,
}: {
  text: string;
  active: boolean;
  onClear: () => void;
}) {
  return (
    <Group gap="sm" wrap="nowrap" mb={6}>
      <Text role="status" size="sm" fw={600}>
        {text}
      </Text>
      {active && (
        <Button size="compact-sm" variant="light" onClick={onClear}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
