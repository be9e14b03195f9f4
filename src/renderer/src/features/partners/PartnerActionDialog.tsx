import { notifications } from '@mantine/notifications';
import { type ReactNode, useState } from 'react';
import type { Result } from '../../../../shared/result';
import { ConfirmDialog } from './ConfirmDialog';

interface PartnerActionDialogProps {
  /** The partner asked about; null closes the dialog. */
  partner: { id: number; name: string } | null;
  title: (name: string) => string;
  confirmLabel: string;
  children: ReactNode;
  action: (id: number) => Promise<Result<unknown>>;
  /** The message shown once it is done. */
  done: (name: string) => { title: string; message: string };
  onClose: () => void;
}

/** "Are you sure?" for something done to one partner (delete, delete for good). */
export function PartnerActionDialog({
  partner,
  title,
  confirmLabel,
  children,
  action,
  done,
  onClose,
}: PartnerActionDialogProps) {
  // Keeps the name in the dialog while it fades out after the action.
  const [shown, setShown] = useState(partner);
  if (partner && partner !== shown) setShown(partner);
  const name = shown?.name ?? '';

  return (
    <ConfirmDialog
      opened={partner !== null}
      title={title(name)}
      confirmLabel={confirmLabel}
      danger
      onCancel={onClose}
      onConfirm={async () => {
        if (!shown) return null;
        const result = await action(shown.id);
        if (!result.ok) return result.error.message;
        onClose();
        notifications.show({ color: 'gray', ...done(name) });
        return null;
      }}
    >
      {children}
    </ConfirmDialog>
  );
}
