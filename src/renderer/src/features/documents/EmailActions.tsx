import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type EmailInput, catalogues, firstContactEmail } from '../../../../shared/documents';

/** `mailto:` with subject and body, for the default mail program. */
function mailtoUrl(input: EmailInput): string {
  const draft = firstContactEmail(input, catalogues.en);
  const query = `subject=${encodeURIComponent(draft.subject)}&body=${encodeURIComponent(
    draft.body.replace(/\r?\n/g, '\r\n'),
  )}`;
  return `mailto:${encodeURIComponent(draft.to.email)}?${query}`;
}

/** The email's three ways out: the clipboard, the mail program, or an .eml file. */
export function EmailActions({
  values,
  saving,
  blocked,
  onBlocked,
  onSave,
}: {
  values: unknown;
  saving: boolean;
  /** Something required is missing: the actions point at it instead. */
  blocked: boolean;
  onBlocked: () => void;
  onSave: () => void;
}) {
  const input = values as EmailInput;
  const copy = async () => {
    const draft = firstContactEmail(input, catalogues.en);
    try {
      await navigator.clipboard.writeText(`${draft.subject}\n\n${draft.body}`);
      notifications.show({ message: 'The email is on the clipboard: subject, then the text.' });
    } catch {
      notifications.show({
        color: 'red',
        message: 'The clipboard could not be written. Select the preview text and copy it instead.',
      });
    }
  };
  return (
    <Group justify="flex-end" gap="sm">
      <Button variant="default" onClick={() => void copy()}>
        Copy to clipboard
      </Button>
      <Button
        variant="default"
        component="a"
        href={blocked ? undefined : mailtoUrl(input)}
        onClick={(e) => {
          if (blocked) {
            e.preventDefault();
            onBlocked();
          }
        }}
      >
        Open in mail app
      </Button>
      <Button loading={saving} onClick={onSave}>
        Save as .eml
      </Button>
    </Group>
  );
}
