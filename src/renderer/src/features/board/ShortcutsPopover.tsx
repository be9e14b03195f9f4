import { Button, Kbd, Popover, Table, Text } from '@mantine/core';
import { KeyboardIcon } from './icons';

const isMac = /Mac|iPhone|iPad/.test(navigator.userAgent);
const alt = isMac ? '⌥' : 'Alt';
const mod = isMac ? '⌘' : 'Ctrl';

const shortcuts: { keys: string[]; what: string }[] = [
  { keys: [alt, '→'], what: 'Move the focused card to the next phase (top of the column)' },
  { keys: [alt, '←'], what: 'Move it to the previous phase (top of the column)' },
  { keys: [alt, '↑'], what: 'Move it up within its column' },
  { keys: [alt, '↓'], what: 'Move it down within its column' },
  { keys: [mod, 'Z'], what: 'Undo the last move (outside text fields)' },
  { keys: ['Enter'], what: 'Open the focused partner' },
  { keys: [mod, '1'], what: 'Go to the board' },
  { keys: [mod, '2'], what: 'Go to Today' },
  { keys: [mod, ','], what: 'Go to Settings' },
];

/** The board's keyboard shortcuts, one click away. */
export function ShortcutsPopover() {
  return (
    <Popover position="bottom-end" shadow="md" width={420} withArrow>
      <Popover.Target>
        <Button variant="default" leftSection={<KeyboardIcon size={16} />}>
          Keyboard shortcuts
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Text fw={650} size="sm" mb="xs">
          With focus on a card
        </Text>
        <Table verticalSpacing={4} horizontalSpacing="xs" fz="sm">
          <Table.Tbody>
            {shortcuts.map(({ keys, what }) => (
              <Table.Tr key={what}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && ' + '}
                      <Kbd size="sm">{k}</Kbd>
                    </span>
                  ))}
                </Table.Td>
                <Table.Td>{what}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed" mt="xs">
          Every card also has a “Move to…” button with the same moves.
        </Text>
      </Popover.Dropdown>
    </Popover>
  );
}
