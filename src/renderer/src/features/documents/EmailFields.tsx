import { SimpleGrid, Stack, Switch } from '@mantine/core';
import type { EmailInput } from '../../../../shared/documents';
import { type ContactChoice, ContactChooser } from './ContactChooser';
import { TextField, useFieldKit } from './FieldKit';
import { LabelledSegments } from './LabelledSegments';

/** The first-contact email: tone, recipient, sender and the field of cooperation sought. */
export function EmailFields({ contacts, contactId, onContact }: ContactChoice) {
  const { values, onChange } = useFieldKit<EmailInput>();
  return (
    <Stack gap="md">
      <LabelledSegments
        label="Tone"
        value={values.tone}
        onChange={(tone) =>
          onChange({
            ...values,
            tone,
            mentionAttachment: tone === 'formal' && values.mentionAttachment,
          })
        }
        data={[
          { value: 'formal', label: 'Formal' },
          { value: 'informal', label: 'Informal' },
        ]}
      />
      <ContactChooser
        label="Write to"
        contacts={contacts}
        contactId={contactId}
        onChoose={(c) => {
          onContact(c?.id ?? null);
          onChange({ ...values, recipientName: c?.name ?? '', recipientEmail: c?.email ?? '' });
        }}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" verticalSpacing="xs">
        <TextField path="recipientName" label="Recipient's name" />
        <TextField path="recipientEmail" label="Recipient's email" type="email" />
        <TextField path="senderName" label="Your name" />
        <TextField path="senderPosition" label="Your position" />
        <TextField path="senderEmail" label="Your email" type="email" />
        <TextField path="senderPhone" label="Your phone" />
        <TextField path="institutionName" label="Your institution" />
        <TextField path="region" label="Your region" />
      </SimpleGrid>
      <TextField
        path="fieldSought"
        label="Partnership field sought"
        description="Completes “… partnerships in the field of …”."
      />
      {values.tone === 'formal' && (
        <Switch
          label="Mention the attached one-pager"
          checked={values.mentionAttachment}
          onChange={(e) => onChange({ ...values, mentionAttachment: e.currentTarget.checked })}
        />
      )}
    </Stack>
  );
}
