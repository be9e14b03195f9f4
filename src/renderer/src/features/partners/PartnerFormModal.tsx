import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { phaseLabels } from '../../../../shared/domain';
import type { Partner } from '../../../../shared/partner';
import { useStore } from '../../store';
import { isBlankContact, PartnerFormDialog, type PartnerFormValues } from './PartnerForm';

type Session = { key: string; editing: Partner | null };

/**
 * "New partner" (from the board) and "Edit" (from the detail view) share one dialog. A fresh
 * form is made for every opening and kept until the closing animation has ended.
 */
export function PartnerFormModal() {
  const createOpen = useStore((s) => s.createOpen);
  const editPartner = useStore((s) => s.editPartner);
  const closeCreatePartner = useStore((s) => s.closeCreatePartner);
  const closeEditPartner = useStore((s) => s.closeEditPartner);
  const createPartner = useStore((s) => s.createPartner);
  const updatePartner = useStore((s) => s.updatePartner);

  const formSeq = useStore((s) => s.formSeq);

  const requested: Session | null = editPartner
    ? { key: `edit-${formSeq}`, editing: editPartner }
    : createOpen
      ? { key: `create-${formSeq}`, editing: null }
      : null;
  const [session, setSession] = useState<Session | null>(requested);
  if (requested && requested.key !== session?.key) setSession(requested);

  const close = () => {
    if (session?.editing) closeEditPartner();
    else closeCreatePartner();
  };

  const submit = async ({ partner, contact }: PartnerFormValues) => {
    if (session?.editing) {
      const result = await updatePartner(session.editing.id, partner);
      if (result.ok)
        notifications.show({ color: 'teal', title: 'Changes saved', message: result.value.name });
      return result;
    }
    const result = await createPartner(
      partner,
      isBlankContact(contact) ? null : { ...contact, isPrimary: true },
    );
    if (result.ok)
      notifications.show({
        color: 'teal',
        title: `Partner added to ${phaseLabels.scouting}`,
        message: `“${result.value.partner.name}” is at the top of the ${phaseLabels.scouting} column.`,
      });
    return result;
  };

  if (!session) return null;
  return (
    <PartnerFormDialog
      key={session.key}
      opened={requested?.key === session.key}
      editing={session.editing}
      onSubmit={submit}
      onClose={close}
      onExited={() => setSession((s) => (s?.key === session.key ? null : s))}
    />
  );
}
