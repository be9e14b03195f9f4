import { Badge, Box, Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useId, useState } from 'react';
import { interactionKindLabels } from '../../../../shared/domain';
import type { Contact, Interaction, PartnerDetail } from '../../../../shared/partner';
import { useStore } from '../../store';
import { ConfirmDialog } from './ConfirmDialog';
import { EditDeleteButtons } from './EditDeleteButtons';
import { InteractionForm } from './InteractionForm';
import { InteractionKindIcon } from './InteractionKindIcon';
import { formatDay, formatTimestamp, localIsoDate } from '../board/dates';
import { useReturnFocus } from './useReturnFocus';

/** The partner's logbook: a form for the latest interaction on top, then everything, newest first. */
export function LogbookTab({ detail }: { detail: PartnerDetail }) {
  const saveInteraction = useStore((s) => s.saveInteraction);
  const clearLogRequest = useStore((s) => s.clearLogRequest);
  // Asked for from the Today view: the form starts open and filled in.
  const [request] = useState(() => {
    const asked = useStore.getState().logRequest;
    return asked?.partnerId === detail.partner.id ? asked : null;
  });
  useEffect(() => {
    if (request) clearLogRequest();
  }, [request, clearLogRequest]);
  const [logging, setLogging] = useState(request !== null);
  const logButton = useReturnFocus<HTMLButtonElement>(logging);
  const headingId = useId();
  const today = localIsoDate();

  return (
    <Stack gap="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between">
        <Title order={3} size="h5" id={headingId}>
          Logbook
        </Title>
        {!logging && (
          <Button ref={logButton} variant="light" size="sm" onClick={() => setLogging(true)}>
            Log an interaction
          </Button>
        )}
      </Group>
      {logging && (
        <Paper withBorder p="md">
          <InteractionForm
            contacts={detail.contacts}
            editing={null}
            {...(request ? { prefill: { kind: request.kind, summary: request.summary } } : {})}
            onSave={(input) => saveInteraction(null, input)}
            onSaved={() => {
              setLogging(false);
              notifications.show({
                color: 'teal',
                title: 'Added to the logbook',
                message: 'Its next step, if any, also shows on the board card.',
              });
            }}
            onCancel={() => setLogging(false)}
          />
        </Paper>
      )}
      {detail.interactions.length === 0 ? (
        !logging && (
          <Text size="sm" c="dimmed">
            Nothing logged yet. Note every email, call and meeting here, with the next step and when
            it is due: overdue follow-ups then stand out on the board.
          </Text>
        )
      ) : (
        <Box component="ol" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Logbook entries">
          {detail.interactions.map((i) => (
            <Box component="li" key={i.id} mb="sm">
              <InteractionEntry interaction={i} contacts={detail.contacts} today={today} />
            </Box>
          ))}
        </Box>
      )}
    </Stack>
  );
}

function InteractionEntry({
  interaction: i,
  contacts,
  today,
}: {
  interaction: Interaction;
  contacts: Contact[];
  today: string;
}) {
  const saveInteraction = useStore((s) => s.saveInteraction);
  const deleteInteraction = useStore((s) => s.deleteInteraction);
  const setFollowUpDone = useStore((s) => s.setFollowUpDone);
  const [editing, setEditing] = useState(false);
  const editButton = useReturnFocus<HTMLButtonElement>(editing);
  const [confirming, setConfirming] = useState(false);
  const [toggling, setToggling] = useState(false);
  const contact = contacts.find((c) => c.id === i.contactId);
  const hasNextStep = i.nextStep !== '';
  const overdue = hasNextStep && i.doneAt === null && i.dueOn !== null && i.dueOn < today;
  const dueToday = hasNextStep && i.doneAt === null && i.dueOn === today;

  const toggleDone = async () => {
    setToggling(true);
    const result = await setFollowUpDone(i.id, i.doneAt === null);
    setToggling(false);
    if (!result.ok)
      notifications.show({ color: 'red', title: 'Not saved', message: result.error.message });
  };

  if (editing) {
    return (
      <Paper withBorder p="md">
        <InteractionForm
          contacts={contacts}
          editing={i}
          onSave={(input) => saveInteraction(i.id, input)}
          onSaved={() => setEditing(false)}
          onCancel={() => setEditing(false)}
        />
      </Paper>
    );
  }

  return (
    <Paper
      withBorder
      p="md"
      style={overdue ? { borderLeft: '4px solid var(--mantine-color-red-8)' } : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <ThemeIcon variant="light" color="indigo" c="indigo.9" size="md" radius="xl">
              <InteractionKindIcon kind={i.kind} size={16} />
            </ThemeIcon>
            <Text size="sm" fw={600}>
              {interactionKindLabels[i.kind]} · {formatDay(i.occurredOn)}
              {contact && (
                <Text span size="sm" fw={400}>
                  {' '}
                  with <span dir="auto">{contact.name}</span>
                </Text>
              )}
            </Text>
          </Group>
          <EditDeleteButtons
            editRef={editButton}
            onEdit={() => setEditing(true)}
            onDelete={() => setConfirming(true)}
          />
        </Group>
        <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {i.summary}
        </Text>
        {hasNextStep && (
          <Group
            justify="space-between"
            gap="sm"
            p="xs"
            wrap="nowrap"
            bg={overdue ? 'red.0' : 'gray.0'}
            style={{ borderRadius: 'var(--mantine-radius-sm)' }}
          >
            <Text size="sm" {...(i.doneAt ? { td: 'line-through', c: 'dimmed' } : {})}>
              <Text span fw={600} size="sm">
                Next step:
              </Text>{' '}
              <span dir="auto">{i.nextStep}</span>
              {i.dueOn && (
                <Text span size="sm" {...(overdue ? { c: 'red.9', fw: 600 } : {})}>
                  {' '}
                  · due {formatDay(i.dueOn)}
                </Text>
              )}
            </Text>
            <Group gap="xs" wrap="nowrap">
              {overdue && (
                <Badge color="red" variant="filled" bg="red.9" tt="none">
                  Overdue
                </Badge>
              )}
              {dueToday && (
                <Badge color="orange" variant="light" c="orange.9" tt="none">
                  Due today
                </Badge>
              )}
              {i.doneAt && (
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  Done {formatTimestamp(i.doneAt)}
                </Text>
              )}
              <Button
                size="compact-sm"
                variant={i.doneAt ? 'default' : 'light'}
                loading={toggling}
                onClick={() => void toggleDone()}
              >
                {i.doneAt ? 'Reopen' : 'Mark done'}
              </Button>
            </Group>
          </Group>
        )}
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title="Delete this logbook entry?"
        confirmLabel="Delete entry"
        danger
        onCancel={() => setConfirming(false)}
        onConfirm={async () => {
          const result = await deleteInteraction(i.id);
          if (!result.ok) return result.error.message;
          setConfirming(false);
          return null;
        }}
      >
        The {interactionKindLabels[i.kind].toLowerCase()} of {formatDay(i.occurredOn)} and its next
        step will be removed. This cannot be undone.
      </ConfirmDialog>
    </Paper>
  );
}
