import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useId } from 'react';

/** A segmented choice with a visible label that also names the group for screen readers. */
export function LabelledSegments<T extends string>({
  label,
  value,
  onChange,
  data,
}: {
  label: string;
  value: T;
  onChange: (value: T) => void;
  data: { value: T; label: string; disabled?: boolean }[];
}) {
  const labelId = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={labelId}>
        {label}
      </Text>
      <SegmentedControl<T>
        aria-labelledby={labelId}
        value={value}
        onChange={onChange}
        data={data}
      />
    </Stack>
  );
}
