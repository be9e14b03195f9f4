import {
  Alert,
  Button,
  FileButton,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import {
  type Agreement,
  type AgreementStatus,
  agreementKindShort,
  agreementState,
  agreementStatuses,
  agreementStatusLabels,
  canMoveStatus,
  maxScanBytes,
} from '../../../../shared/agreement';
import { useStore } from '../../store';
import { formatDay, localIsoDate } from '../board/dates';
import { readBase64 } from '../data/readBase64';
import { AgreementBadge } from './AgreementBadge';
import { FileButtons } from './FileButtons';
import { LabelledSegments } from './LabelledSegments';

interface Edit {
  status: AgreementStatus;
  signedOn: string;
  validFrom: string;
  validUntil: string;
}

const editOf = (a: Agreement): Edit => ({
  status: a.status,
  signedOn: a.signedOn ?? '',
  validFrom: a.validFrom ?? '',
  validUntil: a.validUntil ?? '',
});

const fileNameOf = (filePath: string) => filePath.split(/[\\/]/).pop() ?? filePath;

/**
 * One agreement: where it stands (with the expiry warning from 60 days before its end), its
 * status and validity to edit, and the signed copy.
 */
export function AgreementSection({ agreement }: { agreement: Agreement }) {
  const today = localIsoDate();
  const setAgreementStatus = useStore((s) => s.setAgreementStatus);
  const attachSignedScan = useStore((s) => s.attachSignedScan);
  const [edit, setEdit] = useState<Edit>(() => editOf(agreement));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [uploading, setUploading] = useState(false);
  const kind = agreementKindShort[agreement.kind];
  const state = agreementState(agreement, today);
  const changed = JSON.stringify(edit) !== JSON.stringify(editOf(agreement));
  const showsSigning = edit.status === 'signed' || edit.status === 'expired';

  const save = async () => {
    setSaving(true);
    const result = await setAgreementStatus({
      partnerId: agreement.partnerId,
      id: agreement.id,
      status: edit.status,
      signedOn: showsSigning && edit.signedOn ? edit.signedOn : null,
      validFrom: edit.validFrom || null,
      validUntil: edit.validUntil || null,
    });
    setSaving(false);
    if (result.ok) {
      setErrors({});
      setEdit(editOf(result.value));
      notifications.show({ message: `${kind} ${result.value.reference} saved.` });
    } else {
      setErrors(result.error.fields ?? {});
      notifications.show({ color: 'red', title: 'Not saved', message: result.error.message });
    }
  };

  const attach = async (file: File | null) => {
    if (!file) return;
    if (file.size > maxScanBytes) {
      notifications.show({ color: 'red', message: 'The file is larger than 20 MB.' });
      return;
    }
    setUploading(true);
    const read = await readBase64(file);
    const result = read.ok
      ? await attachSignedScan({
          partnerId: agreement.partnerId,
          id: agreement.id,
          fileName: file.name,
          dataBase64: read.value,
        })
      : read;
    setUploading(false);
    notifications.show(
      result.ok
        ? { message: 'The signed copy is kept with the agreement.' }
        : { color: 'red', title: 'Not attached', message: result.error.message },
    );
  };

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      aria-label={`${kind} ${agreement.reference}`}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Text fw={650}>
            {kind}{' '}
            <Text span c="dimmed">
              {agreement.reference}
            </Text>
          </Text>
          <AgreementBadge agreement={agreement} today={today} />
        </Group>
        {(state.tone === 'warning' || state.tone === 'expired') && agreement.validUntil && (
          <Alert color={state.tone === 'warning' ? 'orange' : 'red'} role="status" py="xs">
            {state.tone === 'warning'
              ? `${state.label} (valid until ${formatDay(agreement.validUntil)}). Talk to the partner about renewing it.`
              : `This ${kind} ended on ${formatDay(agreement.validUntil)}.`}
          </Alert>
        )}
        <LabelledSegments
          label="Status"
          value={edit.status}
          onChange={(status) =>
            setEdit((e) => ({
              ...e,
              status,
              signedOn: status === 'signed' && e.signedOn === '' ? today : e.signedOn,
            }))
          }
          data={agreementStatuses.map((s) => ({
            value: s,
            label: agreementStatusLabels[s],
            disabled: !canMoveStatus(agreement.status, s),
          }))}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          {showsSigning && (
            <TextInput
              type="date"
              label="Signed on"
              value={edit.signedOn}
              max={today}
              error={errors.signedOn}
              onChange={(e) => setEdit({ ...edit, signedOn: e.currentTarget.value })}
            />
          )}
          <TextInput
            type="date"
            label="Valid from"
            value={edit.validFrom}
            error={errors.validFrom}
            onChange={(e) => setEdit({ ...edit, validFrom: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label="Valid until"
            description="Empty: open-ended"
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            value={edit.validUntil}
            error={errors.validUntil}
            onChange={(e) => setEdit({ ...edit, validUntil: e.currentTarget.value })}
          />
        </SimpleGrid>
        {changed && (
          <Group gap="xs">
            <Button size="xs" loading={saving} onClick={() => void save()}>
              {edit.status === 'signed' && agreement.status !== 'signed'
                ? 'Mark as signed'
                : 'Save'}
            </Button>
            <Button size="xs" variant="default" onClick={() => setEdit(editOf(agreement))}>
              Undo changes
            </Button>
          </Group>
        )}
        <Stack gap="xs" align="flex-start">
          {agreement.signedScanPath ? (
            <Stack gap={2}>
              <Text size="sm" fw={500}>
                Signed copy
              </Text>
              <FileButtons
                source="signedScan"
                id={agreement.id}
                fileName={fileNameOf(agreement.signedScanPath)}
                filePath={agreement.signedScanPath}
              />
            </Stack>
          ) : null}
          <Stack gap={2}>
            <FileButton
              accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg"
              onChange={(file) => void attach(file)}
            >
              {(props) => (
                <Button {...props} size="xs" variant="light" loading={uploading}>
                  {agreement.signedScanPath
                    ? 'Replace the signed copy…'
                    : 'Attach the signed copy…'}
                </Button>
              )}
            </FileButton>
            <Text size="xs" c="dimmed">
              PDF, PNG or JPEG, up to 20 MB
            </Text>
          </Stack>
        </Stack>
      </Stack>
    </Paper>
  );
}
