import {
  Alert,
  Autocomplete,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { getHotkeyHandler } from '@mantine/hooks';
import { useEffect, useId, useState } from 'react';
import { z } from 'zod';
import { isWebAddress, normaliseWebAddress } from '../../../../shared/institution';
import {
  type ContactInput,
  contactInputSchema,
  emptyContactInput,
  emptyPartnerInput,
  type Partner,
  type PartnerInput,
  partnerInputSchema,
} from '../../../../shared/partner';
import type { Result } from '../../../../shared/result';
import { focusFirstInvalid } from '../shell/focusFirstInvalid';
import { serverFieldErrors } from '../shell/serverFieldErrors';
import { useLeaveWarning } from '../shell/useLeaveWarning';
import { europeanCountries } from './europeanCountries';
import { sizeOptions, sourceOptions, stakeholderGroupOptions, typeOptions } from './partnerOptions';
import { sameNameWarning, useSameName } from './useSameName';

/** Field paths match the API's (`partner.name`, `contact.email`), so server errors map 1:1. */
export interface PartnerFormValues {
  partner: PartnerInput;
  contact: ContactInput;
}

const contactFields = ['name', 'role', 'email', 'phone', 'linkedin'] as const;

export function isBlankContact(contact: ContactInput): boolean {
  return contactFields.every((k) => contact[k].trim() === '');
}

/** The contact fieldset is optional: left blank it is no contact at all, not an invalid one. */
const optionalContact = z.preprocess(
  (c) => (isBlankContact(c as ContactInput) ? null : c),
  contactInputSchema.nullable(),
);
const createSchema = z.object({ partner: partnerInputSchema, contact: optionalContact });
const editSchema = z.object({ partner: partnerInputSchema });

function partnerToInput(p: Partner): PartnerInput {
  return {
    name: p.name,
    stakeholderGroup: p.stakeholderGroup,
    types: p.types,
    source: p.source,
    sector: p.sector,
    country: p.country,
    region: p.region,
    city: p.city,
    address: p.address,
    website: p.website,
    linkedin: p.linkedin,
    size: p.size,
    notes: p.notes,
    tags: p.tags,
  };
}

interface PartnerFormDialogProps {
  opened: boolean;
  /** The partner being edited; null when a new one is added. */
  editing: Partner | null;
  onSubmit: (values: PartnerFormValues) => Promise<Result<unknown>>;
  /** Closes the dialog (after a save, or when the edits are given up). */
  onClose: () => void;
  onExited: () => void;
}

/**
 * The one dialog for adding and editing a partner. On any error it stays open with everything
 * typed still there, and each message sits beside its field. Leaving with unsaved edits
 * (Escape, the close button, a click outside, Cancel) asks first.
 */
export function PartnerFormDialog({
  opened,
  editing,
  onSubmit,
  onClose,
  onExited,
}: PartnerFormDialogProps) {
  const [serverError, setServerError] = useState<string | null>(null);
  const [confirmingClose, setConfirmingClose] = useState(false);
  const form = useForm<PartnerFormValues>({
    mode: 'controlled',
    initialValues: {
      partner: editing ? partnerToInput(editing) : emptyPartnerInput,
      contact: emptyContactInput,
    },
    validate: schemaResolver(editing ? editSchema : createSchema, { sync: true }),
    validateInputOnBlur: true,
  });
  const dirty = form.isDirty();
  useLeaveWarning(dirty);

  /** A second Escape while asking means "keep editing": nothing is lost by accident. */
  const requestClose = () => {
    if (!dirty || form.submitting) {
      if (!form.submitting) onClose();
      return;
    }
    setConfirmingClose((asking) => !asking);
  };

  const sameName = useSameName(form.values.partner.name, editing?.id ?? null);
  const warning = sameNameWarning(sameName, editing !== null);

  const formId = useId();
  const submit = form.onSubmit(
    async (values) => {
      setServerError(null);
      setConfirmingClose(false);
      const result = await onSubmit(values);
      if (result.ok) {
        form.resetDirty();
        onClose();
        return;
      }
      form.setErrors(serverFieldErrors(result.error.fields, formField));
      setServerError(result.error.message);
      focusFirstInvalid(formId);
    },
    () => focusFirstInvalid(formId),
  );

  /** Shows the completed address (www.x.eu → https://www.x.eu) as soon as the field is left. */
  const completeAddress = (path: 'partner.website' | 'partner.linkedin') => () => {
    const value = form.getValues().partner[path === 'partner.website' ? 'website' : 'linkedin'];
    const completed = normaliseWebAddress(value);
    if (completed !== value && isWebAddress(completed)) form.setFieldValue(path, completed);
    form.validateField(path);
  };

  const webProps = (path: 'partner.website' | 'partner.linkedin') => {
    const props = form.getInputProps(path);
    return { ...props, onBlur: completeAddress(path) };
  };

  const [confirmRef, setConfirmRef] = useState<HTMLButtonElement | null>(null);
  useEffect(() => {
    if (confirmingClose) confirmRef?.focus();
  }, [confirmingClose, confirmRef]);

  return (
    <Modal
      opened={opened}
      onClose={requestClose}
      onExitTransitionEnd={onExited}
      title={editing ? `Edit “${editing.name}”` : 'New partner'}
      size="min(760px, 94vw)"
    >
      <form
        id={formId}
        onSubmit={submit}
        noValidate
        onKeyDown={getHotkeyHandler([['mod+S', () => submit()]])}
        aria-label={editing ? 'Edit partner' : 'New partner'}
      >
        <Stack gap="md">
          <TextInput
            label="Name of the organisation"
            withAsterisk
            data-autofocus
            autoComplete="off"
            dir="auto"
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            description={
              warning && (
                <Text component="span" size="sm" c="orange.9" role="status">
                  {warning}
                </Text>
              )
            }
            {...form.getInputProps('partner.name')}
          />

          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Stakeholder group"
              description="What kind of organisation it is."
              placeholder="Choose a group"
              data={stakeholderGroupOptions}
              clearable
              allowDeselect
              {...form.getInputProps('partner.stakeholderGroup')}
            />
            <Select
              label="Where you found it"
              description="The source, for knowing which channels work."
              placeholder="Choose a source"
              data={sourceOptions}
              searchable
              clearable
              {...form.getInputProps('partner.source')}
            />
          </SimpleGrid>

          <Checkbox.Group
            label="Partnership types"
            description="A partner often plays several roles at once; tick all that apply or may apply."
            {...form.getInputProps('partner.types')}
          >
            <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} spacing="xs" verticalSpacing="xs" mt="xs">
              {typeOptions.map((t) => (
                <Checkbox key={t.value} value={t.value} label={t.label} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>

          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Sector"
              placeholder="For example automotive, hospitality, health care"
              dir="auto"
              {...form.getInputProps('partner.sector')}
            />
            <Select
              label="Size"
              placeholder="Choose a size"
              data={sizeOptions}
              clearable
              {...form.getInputProps('partner.size')}
            />
          </SimpleGrid>

          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Autocomplete
              label="Country"
              data={europeanCountries}
              autoComplete="off"
              dir="auto"
              {...form.getInputProps('partner.country')}
            />
            <TextInput label="Region" dir="auto" {...form.getInputProps('partner.region')} />
            <TextInput label="City" dir="auto" {...form.getInputProps('partner.city')} />
          </SimpleGrid>

          <TextInput
            label="Street address"
            description="Street, number and postal code, as printed on agreements."
            autoComplete="off"
            dir="auto"
            {...form.getInputProps('partner.address')}
          />

          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Website"
              placeholder="https://www.example.eu"
              autoComplete="off"
              {...webProps('partner.website')}
            />
            <TextInput
              label="LinkedIn page"
              placeholder="https://www.linkedin.com/company/example"
              autoComplete="off"
              {...webProps('partner.linkedin')}
            />
          </SimpleGrid>

          <TagsInput
            label="Tags"
            description="Your own keywords, such as Erasmus+ 2027 or dual training. Press Enter after each."
            maxTags={30}
            clearable
            {...form.getInputProps('partner.tags')}
          />

          <Textarea
            label="Notes"
            description="Focus areas, first impressions, anything worth remembering."
            autosize
            minRows={3}
            maxRows={10}
            dir="auto"
            {...form.getInputProps('partner.notes')}
          />

          {!editing && (
            <Fieldset legend="Contact person">
              <Text size="sm" c="dimmed" mb="sm">
                Optional. The person you deal with becomes the partner&apos;s primary contact.
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label="Contact name"
                  autoComplete="off"
                  dir="auto"
                  {...form.getInputProps('contact.name')}
                />
                <TextInput
                  label="Role"
                  placeholder="For example HR manager"
                  autoComplete="off"
                  dir="auto"
                  {...form.getInputProps('contact.role')}
                />
                <TextInput
                  label="Email"
                  type="email"
                  autoComplete="off"
                  {...form.getInputProps('contact.email')}
                />
                <TextInput
                  label="Phone"
                  type="tel"
                  autoComplete="off"
                  {...form.getInputProps('contact.phone')}
                />
              </SimpleGrid>
            </Fieldset>
          )}

          {serverError && (
            <Alert color="red" role="alert" title={editing ? 'Not saved' : 'Not added'}>
              {serverError}
            </Alert>
          )}

          <Group
            justify="flex-end"
            gap="sm"
            py="sm"
            wrap="wrap"
            style={{
              position: 'sticky',
              bottom: 0,
              zIndex: 2,
              background: 'var(--mantine-color-body)',
              borderTop: '1px solid var(--mantine-color-gray-3)',
            }}
          >
            {confirmingClose ? (
              <>
                <Text size="sm" fw={600} role="alert" mr="auto">
                  {editing
                    ? 'Discard your changes to this partner?'
                    : 'Discard this partner? It has not been added yet.'}
                </Text>
                <Button
                  ref={setConfirmRef}
                  variant="default"
                  onClick={() => setConfirmingClose(false)}
                >
                  Keep editing
                </Button>
                <Button color="red.8" onClick={onClose}>
                  Discard
                </Button>
              </>
            ) : (
              <>
                <Button
                  variant="default"
                  onClick={() => (dirty ? setConfirmingClose(true) : onClose())}
                >
                  Cancel
                </Button>
                <Button type="submit" loading={form.submitting} title="Ctrl+S / ⌘S">
                  {editing ? 'Save changes' : 'Add partner'}
                </Button>
              </>
            )}
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

const formPaths = new Set([
  ...Object.keys(emptyPartnerInput).map((k) => `partner.${k}`),
  ...Object.keys(emptyContactInput).map((k) => `contact.${k}`),
]);

/** The form field a server path belongs to: `partner.tags.3` is shown at `partner.tags`. */
function formField(path: string): string | null {
  const field = path.split('.').slice(0, 2).join('.');
  return formPaths.has(field) ? field : null;
}
