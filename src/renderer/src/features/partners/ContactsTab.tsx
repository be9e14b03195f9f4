import { Anchor, Badge, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useState } from 'react';
import type { Contact } from '../../../../shared/partner';
import { useStore } from '../../store';
import { ConfirmDialog } from './ConfirmDialog';
import { EditDeleteButtons } from './EditDeleteButtons';
import { ContactForm } from './ContactForm';
import { useReturnFocus } from './useReturnFocus';

/** The people at the partner organisation; one of them is the primary contact. */
export function ContactsTab({ contacts }: { contacts: Contact[] }) {
  const saveContact = useStore((s) => s.saveContact);
  const [adding, setAdding] = useState(false);
  const addButton = useReturnFocus<HTMLButtonElement>(adding);
  const headingId = useId();

  return (
    <Stack gap="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between">
        <Title order={3} size="h5" id={headingId}>
          Contact persons
        </Title>
        {!adding && (
          <Button ref={addButton} variant="light" size="sm" onClick={() => setAdding(true)}>
            Add contact
          </Button>
        )}
      </Group>
      {adding && (
        <Paper withBorder p="md">
          <ContactForm
            editing={null}
            primaryByDefault={contacts.length === 0}
            onSave={(input) => saveContact(null, input)}
            onDone={() => setAdding(false)}
          />
        </Paper>
      )}
      {contacts.length === 0 && !adding ? (
        <Text size="sm" c="dimmed">
          No contact persons yet. Add the person you deal with, so that emails and agreements can be
          addressed to them.
        </Text>
      ) : (
        <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {contacts.map((c) => (
            <Box component="li" key={c.id} mb="sm">
              <ContactCard contact={c} />
            </Box>
          ))}
        </Box>
      )}
    </Stack>
  );
}

function ContactCard({ contact: c }: { contact: Contact }) {
  const saveContact = useStore((s) => s.saveContact);
  const deleteContact = useStore((s) => s.deleteContact);
  const [editing, setEditing] = useState(false);
  const editButton = useReturnFocus<HTMLButtonElement>(editing);
  const [confirming, setConfirming] = useState(false);
  const [promoting, setPromoting] = useState(false);

  const makePrimary = async () => {
    setPromoting(true);
    const { id: _id, partnerId: _partnerId, ...input } = c;
    const result = await saveContact(c.id, { ...input, isPrimary: true });
    setPromoting(false);
    if (!result.ok)
      notifications.show({ color: 'red', title: 'Not saved', message: result.error.message });
  };

  if (editing) {
    return (
      <Paper withBorder p="md">
        <ContactForm
          editing={c}
          primaryByDefault={c.isPrimary}
          onSave={(input) => saveContact(c.id, input)}
          onDone={() => setEditing(false)}
        />
      </Paper>
    );
  }

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Text fw={600} dir="auto" style={{ overflowWrap: 'anywhere' }}>
              {c.name}
            </Text>
            {c.isPrimary && (
              <Badge variant="light" color="teal" c="teal.9" tt="none">
                Primary
              </Badge>
            )}
          </Group>
          {c.role && (
            <Text size="sm" c="dimmed" dir="auto">
              {c.role}
            </Text>
          )}
          <Group gap="md" mt={2}>
            {c.email && (
              <Anchor href={`mailto:${c.email}`} size="sm">
                {c.email}
              </Anchor>
            )}
            {c.phone && <Text size="sm">{c.phone}</Text>}
            {c.linkedin && (
              <Anchor href={c.linkedin} target="_blank" rel="noopener noreferrer" size="sm">
                LinkedIn profile
              </Anchor>
            )}
          </Group>
        </Stack>
        <Group gap={4} wrap="nowrap">
          {!c.isPrimary && (
            <Button
              size="compact-sm"
              variant="subtle"
              loading={promoting}
              onClick={() => void makePrimary()}
            >
              Make primary
            </Button>
          )}
          <EditDeleteButtons
            editRef={editButton}
            onEdit={() => setEditing(true)}
            onDelete={() => setConfirming(true)}
          />
        </Group>
      </Group>
      <ConfirmDialog
        opened={confirming}
        title={`Delete ${c.name}?`}
        confirmLabel="Delete contact"
        danger
        onCancel={() => setConfirming(false)}
        onConfirm={async () => {
          const result = await deleteContact(c.id);
          if (!result.ok) return result.error.message;
          setConfirming(false);
          return null;
        }}
      >
        Logbook entries with this person stay, without the name. This cannot be undone.
      </ConfirmDialog>
    </Paper>
  );
}
