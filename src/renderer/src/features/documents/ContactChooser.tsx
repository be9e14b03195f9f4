import { Select } from '@mantine/core';
import type { Contact } from '../../../../shared/partner';

/** The contact chooser's state, as a form of the export dialog receives it. */
export interface ContactChoice {
  contacts: Contact[];
  contactId: number | null;
  onContact: (id: number | null) => void;
}

/** Which of the partner's contacts the document is addressed to or signed by. */
export function ContactChooser({
  label,
  contacts,
  contactId,
  onChoose,
}: {
  label: string;
  contacts: Contact[];
  contactId: number | null;
  onChoose: (contact: Contact | null) => void;
}) {
  if (contacts.length === 0) return null;
  return (
    <Select
      label={label}
      description="Fills in the fields below; you can still change them."
      data={contacts.map((c) => ({
        value: String(c.id),
        label: c.role ? `${c.name} (${c.role})` : c.name,
      }))}
      value={contactId === null ? null : String(contactId)}
      onChange={(value) => onChoose(contacts.find((c) => String(c.id) === value) ?? null)}
      allowDeselect={false}
      checkIconPosition="right"
    />
  );
}
