import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useStore } from '../../store';
import { ExportFlow } from './ExportFlow';

/**
 * "Create document…": a large dialog with the form on the left and the live preview on the
 * right. Each opening starts afresh (keyed by the opening's number).
 */
export function ExportDocumentModal() {
  const seq = useStore((s) => s.exportSeq);
  return <ExportDialog key={seq} />;
}

/** Closing with changes made asks first, so nothing typed is lost by accident. */
function ExportDialog() {
  const target = useStore((s) => s.exportTarget);
  const closeExport = useStore((s) => s.closeExport);
  const partnerName = useStore((s) =>
    target ? (s.cardsById.get(target.partnerId)?.name ?? s.detail?.partner.name) : undefined,
  );
  const [edited, setEdited] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [keepRef, setKeepRef] = useState<HTMLButtonElement | null>(null);

  useEffect(() => {
    if (confirming) keepRef?.focus();
  }, [confirming, keepRef]);

  const requestClose = () => {
    if (edited) setConfirming((asking) => !asking);
    else closeExport();
  };

  return (
    <Modal
      opened={target !== null}
      onClose={requestClose}
      size="min(1500px, 96vw)"
      title={partnerName ? `Create a document for “${partnerName}”` : 'Create a document'}
      closeButtonProps={{ 'aria-label': 'Close' }}
      styles={{
        title: { fontSize: 'var(--mantine-h3-font-size)', fontWeight: 650 },
        body: { paddingBottom: 'var(--mantine-spacing-md)' },
      }}
    >
      {confirming && (
        <Alert color="orange" mb="md" role="alertdialog" aria-label="Discard changes?">
          <Stack gap="xs">
            <Text size="sm">Close without saving? The changes you made in this form are lost.</Text>
            <Group gap="xs">
              <Button size="xs" color="orange" onClick={closeExport}>
                Discard changes
              </Button>
              <Button
                ref={setKeepRef}
                size="xs"
                variant="default"
                onClick={() => setConfirming(false)}
              >
                Keep editing
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {target && (
        <ExportFlow
          partnerId={target.partnerId}
          initialKind={target.kind}
          onEdited={setEdited}
          onClose={closeExport}
        />
      )}
    </Modal>
  );
}
