import { Button, Group } from '@mantine/core';
import type { Ref } from 'react';

/** The "Edit" and "Delete…" pair of a logbook entry or a contact. */
export function EditDeleteButtons({
  editRef,
  onEdit,
  onDelete,
}: {
  /** Focus returns here when an inline form closes. */
  editRef: Ref<HTMLButtonElement>;
  onEdit: () => void;
  onDelete: () => void;
}) {
  return (
    <Group gap={4} wrap="nowrap">
      <Button ref={editRef} size="compact-sm" variant="subtle" onClick={onEdit}>
        Edit
      </Button>
      <Button size="compact-sm" variant="subtle" color="red.9" c="red.9" onClick={onDelete}>
        Delete…
      </Button>
    </Group>
  );
}
