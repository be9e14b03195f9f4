import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { type ReactNode, useEffect, useState } from 'react';
import { useStore } from '../../store';

interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Red for what cannot be taken back. */
  danger?: boolean;
  /** Resolves to an error message to show, or null when done (the caller then closes). */
  onConfirm: () => Promise<string | null>;
  onCancel: () => void;
}

/**
 * "Are you sure?" for deletions. The safe choice has the focus, so a stray Enter keeps the
 * data. A failure stays in the dialog, so it can be tried again or cancelled.
 */
export function ConfirmDialog({
  opened,
  title,
  children,
  confirmLabel,
  danger = false,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const opens = useStore((s) => s.nestedDialogOpened);
  const closes = useStore((s) => s.nestedDialogClosed);
  useEffect(() => {
    if (!opened) return;
    opens();
    return closes;
  }, [opened, opens, closes]);

  const cancel = () => {
    if (busy) return;
    setError(null);
    onCancel();
  };
  const confirm = async () => {
    setBusy(true);
    setError(null);
    const message = await onConfirm();
    setBusy(false);
    setError(message);
  };

  return (
    <Modal opened={opened} onClose={cancel} title={title} centered size="md">
      <Stack gap="md">
        <Text size="sm" component="div">
          {children}
        </Text>
        {error && (
          <Alert color="red" role="alert" title="That did not work">
            {error}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={cancel} data-autofocus>
            Cancel
          </Button>
          <Button color={danger ? 'red.8' : 'indigo'} loading={busy} onClick={() => void confirm()}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
