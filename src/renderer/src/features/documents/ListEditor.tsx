import { ActionIcon, Button, Fieldset, Group, Stack, Text, Textarea } from '@mantine/core';

interface ListEditorProps {
  /** The fieldset's legend, e.g. "Scope of cooperation". */
  legend: string;
  /** What one entry is called in button names: "scope item". */
  itemName: string;
  items: string[];
  onChange: (items: string[]) => void;
  /** Messages by index, e.g. from the missing-data check. */
  errors?: Record<number, string | undefined>;
  description?: string;
  /** Id prefix of the entries' text areas, so that a message can focus its entry. */
  idPrefix: string;
}

const moved = (items: string[], from: number, to: number) => {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
};

/**
 * An ordered list of texts to edit: add, remove, move up and down, each by a labelled button
 * that says which entry it acts on (for screen readers and the keyboard alike).
 */
export function ListEditor({
  legend,
  itemName,
  items,
  onChange,
  errors = {},
  description,
  idPrefix,
}: ListEditorProps) {
  const add = () => {
    onChange([...items, '']);
    // Focus the new entry once it is drawn.
    requestAnimationFrame(() => document.getElementById(`${idPrefix}-${items.length}`)?.focus());
  };
  /** Moves an entry; the focus follows it, so that repeated presses keep moving the same one. */
  const move = (from: number, to: number, direction: 'up' | 'down') => {
    onChange(moved(items, from, to));
    const edge =
      (direction === 'up' && to === 0) || (direction === 'down' && to === items.length - 1);
    const target = edge ? `${idPrefix}-${to}` : `${idPrefix}-${to}-${direction}`;
    requestAnimationFrame(() => document.getElementById(target)?.focus());
  };
  return (
    <Fieldset legend={legend} variant="unstyled">
      <Stack gap="xs">
        {description && (
          <Text size="xs" c="dimmed">
            {description}
          </Text>
        )}
        {items.length === 0 && (
          <Text size="sm" c="dimmed">
            None yet.
          </Text>
        )}
        {items.map((item, index) => {
          const n = index + 1;
          return (
            <Group key={index} align="flex-start" gap="xs" wrap="nowrap">
              <Text size="sm" fw={600} w={22} pt={6} ta="right" aria-hidden="true">
                {n}.
              </Text>
              <Textarea
                id={`${idPrefix}-${index}`}
                aria-label={`${itemName[0]?.toUpperCase()}${itemName.slice(1)} ${n}`}
                value={item}
                onChange={(e) =>
                  onChange(items.map((v, i) => (i === index ? e.currentTarget.value : v)))
                }
                error={errors[index]}
                autosize
                minRows={1}
                maxRows={8}
                dir="auto"
                style={{ flex: 1 }}
              />
              <Group gap={2} wrap="nowrap" pt={4}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={`Move ${itemName} ${n} up`}
                  title="Move up"
                  disabled={index === 0}
                  id={`${idPrefix}-${index}-up`}
                  onClick={() => move(index, index - 1, 'up')}
                >
                  ↑
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={`Move ${itemName} ${n} down`}
                  title="Move down"
                  disabled={index === items.length - 1}
                  id={`${idPrefix}-${index}-down`}
                  onClick={() => move(index, index + 1, 'down')}
                >
                  ↓
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`Remove ${itemName} ${n}`}
                  title="Remove"
                  onClick={() => onChange(items.filter((_, i) => i !== index))}
                >
                  ×
                </ActionIcon>
              </Group>
            </Group>
          );
        })}
        <Group>
          <Button variant="light" size="xs" onClick={add}>
            Add {itemName}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
