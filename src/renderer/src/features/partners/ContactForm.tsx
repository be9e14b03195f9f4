import { Alert, Button, Checkbox, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { getHotkeyHandler } from '@mantine/hooks';
import { useState } from 'react';
import { isWebAddress, normaliseWebAddress } from '../../../../shared/institution';
import {
  type Contact,
  type ContactInput,
  contactInputSchema,
  emptyContactInput,
} from '../../../../shared/partner';
import type { Result } from '../../../../shared/result';
import { serverFieldErrors, topLevelField } from '../shell/serverFieldErrors';

function toInput(c: Contact | null, primaryByDefault: boolean): ContactInput {
  if (!c) return { ...emptyContactInput, isPrimary: primaryByDefault };
  return {
    name: c.name,
    role: c.role,
    email: c.email,
    phone: c.phone,
    linkedin: c.linkedin,
    isPrimary: c.isPrimary,
  };
}

interface ContactFormProps {
  editing: Contact | null;
  /** The first contact of a partner is its primary one unless unticked. */
  primaryByDefault: boolean;
  onSave: (input: ContactInput) => Promise<Result<Contact[]>>;
  onDone: () => void;
}

/** Adds or edits one contact person; errors stay beside their fields. */
export function ContactForm({ editing, primaryByDefault, onSave, onDone }: ContactFormProps) {
  const [serverError, setServerError] = useState<string | null>(null);
  const form = useForm<ContactInput>({
    mode: 'controlled',
    initialValues: toInput(editing, primaryByDefault),
    validate: schemaResolver(contactInputSchema, { sync: true }),
    validateInputOnBlur: true,
  });

  const submit = form.onSubmit(async (values) => {
    setServerError(null);
    const result = await onSave(values);
    if (result.ok) {
      onDone();
      return;
    }
    form.setErrors(serverFieldErrors(result.error.fields, topLevelField('contact', values)));
    setServerError(result.error.message);
  });

  const linkedin = form.getInputProps('linkedin');

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={editing ? `Edit contact ${editing.name}` : 'New contact'}
      onKeyDown={getHotkeyHandler([['mod+S', () => submit()]])}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Name"
            withAsterisk
            // The form appears when asked for, so the first field takes the focus.
            autoFocus
            autoComplete="off"
            dir="auto"
            {...form.getInputProps('name')}
          />
          <TextInput label="Role" dir="auto" autoComplete="off" {...form.getInputProps('role')} />
          <TextInput
            label="Email"
            type="email"
            autoComplete="off"
            {...form.getInputProps('email')}
          />
          <TextInput label="Phone" type="tel" autoComplete="off" {...form.getInputProps('phone')} />
        </SimpleGrid>
        <TextInput
          label="LinkedIn profile"
          placeholder="https://www.linkedin.com/in/example"
          autoComplete="off"
          {...linkedin}
          onBlur={() => {
            const value = form.getValues().linkedin;
            const completed = normaliseWebAddress(value);
            if (completed !== value && isWebAddress(completed))
              form.setFieldValue('linkedin', completed);
            form.validateField('linkedin');
          }}
        />
        <Checkbox
          label="Primary contact (the person you mainly deal with)"
          {...form.getInputProps('isPrimary', { type: 'checkbox' })}
        />
        {serverError && (
          <Alert color="red" role="alert" title="Not saved">
            {serverError}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            {editing ? 'Save contact' : 'Add contact'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
