import { Button, Group, Menu, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { isoDate } from '../../../../shared/partner';
import { addDays } from '../../../../shared/today/calendar';
import { snoozeChoices, snoozedDueOn, snoozeLabels } from '../../../../shared/today/rules';
import { useStore } from '../../store';
import { formatDay } from '../board/dates';

/** "Snooze": the follow-up's due day moves to tomorrow, in 3 days, a week, a month, or a day chosen. */
export function SnoozeMenu({
  partnerId,
  interactionId,
  today,
  what,
}: {
  partnerId: number;
  interactionId: number;
  today: string;
  /** The next step, for the dialog's wording. */
  what: string;
}) {
  const snooze = useStore((s) => s.snoozeFollowUp);
  const [busy, setBusy] = useState(false);
  const [picking, setPicking] = useState(false);
  const [picked, setPicked] = useState(addDays(today, 1));
  const [error, setError] = useState<string | null>(null);

  const moveTo = async (dueOn: string): Promise<boolean> => {
    setBusy(true);
    const result = await snooze(partnerId, interactionId, dueOn);
    setBusy(false);
    if (!result.ok) {
      notifications.show({ color: 'red', title: 'Not snoozed', message: result.error.message });
      return false;
    }
    notifications.show({
      color: 'teal',
      title: 'Snoozed',
      message: `It comes back on ${formatDay(dueOn)}.`,
    });
    return true;
  };

  const savePicked = async () => {
    const parsed = isoDate.safeParse(picked);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Enter a date.');
      return;
    }
    if (picked <= today) {
      setError('Choose a day after today.');
      return;
    }
    if (await moveTo(picked)) setPicking(false);
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button size="compact-sm" variant="default" loading={busy}>
            Snooze
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {snoozeChoices.map((choice) => (
            <Menu.Item key={choice} onClick={() => void moveTo(snoozedDueOn(choice, today))}>
              {snoozeLabels[choice]}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item
            onClick={() => {
              setPicked(addDays(today, 1));
              setError(null);
              setPicking(true);
            }}
          >
            Pick a date…
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={picking} onClose={() => setPicking(false)} title="Snooze until">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void savePicked();
          }}
        >
          <Stack gap="sm">
            <Text size="sm" dir="auto">
              {what}
            </Text>
            <TextInput
              type="date"
              label="New due date"
              min={addDays(today, 1)}
              value={picked}
              error={error}
              data-autofocus
              onChange={(event) => {
                setPicked(event.currentTarget.value);
                setError(null);
              }}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setPicking(false)}>
                Cancel
              </Button>
              <Button type="submit" loading={busy}>
                Snooze
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
