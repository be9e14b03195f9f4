import { Button, Group, Paper, Table, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type ReactNode, useState } from 'react';
import { type StakeholderGroup, stakeholderGroupLabels } from '../../../../shared/domain';
import type { Result } from '../../../../shared/result';

interface PartnerListRowProps<T> {
  partner: { id: number; name: string; stakeholderGroup: StakeholderGroup | null };
  /** The cells between the stakeholder group and the actions. */
  children: ReactNode;
  /** The Restore button's full name for screen readers. */
  restoreLabel: string;
  restore: (id: number) => Promise<Result<T>>;
  restored: (value: T) => void;
  deleteText: string;
  deleteLabel: string;
  onDelete: () => void;
}

/**
 * A row of the archive or of "Recently deleted": the name, the stakeholder group, the list's
 * own cells, and Restore and Delete, each named after the partner.
 */
export function PartnerListRow<T>({
  partner: p,
  children,
  restoreLabel,
  restore,
  restored,
  deleteText,
  deleteLabel,
  onDelete,
}: PartnerListRowProps<T>) {
  const [busy, setBusy] = useState(false);

  const onRestore = async () => {
    setBusy(true);
    const result = await restore(p.id);
    setBusy(false);
    if (result.ok) restored(result.value);
    else
      notifications.show({
        color: 'red',
        title: `“${p.name}” could not be restored`,
        message: result.error.message,
      });
  };

  return (
    <Table.Tr>
      <Table.Th scope="row" fw={600}>
        <span dir="auto" style={{ overflowWrap: 'anywhere' }}>
          {p.name}
        </span>
      </Table.Th>
      <Table.Td>{p.stakeholderGroup ? stakeholderGroupLabels[p.stakeholderGroup] : '—'}</Table.Td>
      {children}
      <Table.Td>
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          <Button
            size="compact-sm"
            variant="light"
            loading={busy}
            aria-label={restoreLabel}
            onClick={() => void onRestore()}
          >
            Restore
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            color="red.9"
            c="red.9"
            aria-label={deleteLabel}
            onClick={onDelete}
          >
            {deleteText}
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** The archive's or "Recently deleted"'s table: name, stakeholder group, `columns`, actions. */
export function PartnerListTable({
  caption,
  columns,
  children,
}: {
  caption: string;
  columns: string[];
  children: ReactNode;
}) {
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={700}>
        <Table verticalSpacing="sm" highlightOnHover>
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {['Name', 'Stakeholder group', ...columns].map((c) => (
                <Table.Th key={c} scope="col">
                  {c}
                </Table.Th>
              ))}
              <Table.Th scope="col">
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>{children}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
