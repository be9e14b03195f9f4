import {
  Alert,
  Button,
  Fieldset,
  Group,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useId, useState } from 'react';
import {
  emptyInstitution,
  type Institution,
  type InstitutionInput,
  institutionInputSchema,
} from '../../../../shared/institution';
import { useStore } from '../../store';
import { LoadError, Loading } from '../shell/LoadState';
import { focusFirstInvalid } from '../shell/focusFirstInvalid';
import { showSaveFailure, useSaveKeys } from '../shell/formSave';

function toInput(institution: Institution | null): InstitutionInput {
  if (!institution) return emptyInstitution;
  const { updatedAt: _updatedAt, ...input } = institution;
  return input;
}

/**
 * After a save: each field shows what was stored (trimmed, web address completed), unless it
 * was edited again while the save was under way — that newer text stays, still unsaved.
 */
function keepNewEdits(
  submitted: InstitutionInput,
  current: InstitutionInput,
  saved: InstitutionInput,
): InstitutionInput {
  const merged = { ...saved };
  for (const key of Object.keys(saved) as (keyof InstitutionInput)[]) {
    if (current[key] !== submitted[key]) merged[key] = current[key];
  }
  return merged;
}

const profileTexts = [
  {
    field: 'whoWeAre',
    label: 'Who we are',
    description: 'Size, specialisations, values: two or three sentences a stranger understands.',
  },
  {
    field: 'whatWeOffer',
    label: 'What we offer',
    description:
      'Your strengths for partners: certified programmes, methods, links with employers.',
  },
  {
    field: 'whatWeLookFor',
    label: 'What we look for',
    description:
      'The kinds of cooperation you seek: co-designed courses, mobility, joint projects…',
  },
  {
    field: 'whyPartner',
    label: 'Why partner with us',
    description: 'Two or three benefits: experience, flexibility, a record of successful projects.',
  },
] as const;

/** Settings → the coordinator's own institution, which every generated document draws on. */
export function InstitutionProfileScreen() {
  const institution = useStore((s) => s.institution);
  const status = useStore((s) => s.institutionStatus);
  const loadError = useStore((s) => s.institutionError);
  const loadInstitution = useStore((s) => s.loadInstitution);
  const saveInstitution = useStore((s) => s.saveInstitution);
  const [saveError, setSaveError] = useState<string | null>(null);

  const form = useForm<InstitutionInput>({
    mode: 'controlled',
    initialValues: emptyInstitution,
    validate: schemaResolver(institutionInputSchema, { sync: true }),
    validateInputOnBlur: true,
  });

  useEffect(() => {
    if (status === 'idle') void loadInstitution();
  }, [status, loadInstitution]);

  const { initialize } = form;
  useEffect(() => {
    if (status === 'ready') initialize(toInput(institution));
    // Only the first load fills the form; later saves must not overwrite what is being typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [status]);

  const formId = useId();
  const submit = form.onSubmit(
    async (values) => {
      setSaveError(null);
      const result = await saveInstitution(values);
      if (result.ok) {
        const saved = toInput(result.value);
        form.setInitialValues(saved);
        form.setValues(keepNewEdits(values, form.getValues(), saved));
        form.resetDirty(saved);
        notifications.show({
          color: 'teal',
          title: 'Profile saved',
          message: 'Your documents will use these details.',
        });
      } else {
        showSaveFailure(form, result.error, setSaveError, formId);
      }
    },
    () => focusFirstInvalid(formId),
  );

  const dirty = form.isDirty();
  useSaveKeys(submit, dirty);

  if (status === 'error') {
    return (
      <LoadError
        title="The profile could not be loaded"
        message={loadError}
        onRetry={() => void loadInstitution()}
      />
    );
  }
  if (!form.initialized) return <Loading label="Loading the institution profile" />;

  return (
    <form id={formId} onSubmit={submit} noValidate aria-labelledby="profile-title">
      <Stack gap="lg" maw={960}>
        <div>
          <Title order={1} id="profile-title" size="h2">
            Institution profile
          </Title>
          <Text c="dimmed" mt={4}>
            {institution
              ? 'Your own VET provider as partners will see it. Every MoU, one-pager and agenda draws on these details.'
              : 'Welcome to Partnerloom. Start by describing your own institution: every MoU, one-pager and agenda you create will draw on it.'}
          </Text>
        </div>

        <Fieldset legend="Organisation">
          <Stack gap="sm">
            <TextInput
              label="Legal name"
              description="As it should appear on agreements."
              withAsterisk
              autoComplete="organization"
              {...form.getInputProps('legalName')}
            />
            <TextInput
              label="Street address"
              autoComplete="street-address"
              {...form.getInputProps('address')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label="City"
                autoComplete="address-level2"
                {...form.getInputProps('city')}
              />
              <TextInput
                label="Country"
                autoComplete="country-name"
                {...form.getInputProps('country')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend="Legal representative">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Representative's name"
              description="The person who signs agreements."
              autoComplete="name"
              {...form.getInputProps('representativeName')}
            />
            <TextInput
              label="Representative's position"
              description="For example Director or Head of International Relations."
              autoComplete="organization-title"
              {...form.getInputProps('representativePosition')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend="Contact details">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label="Email"
              type="email"
              autoComplete="email"
              {...form.getInputProps('email')}
            />
            <TextInput
              label="Phone"
              type="tel"
              autoComplete="tel"
              {...form.getInputProps('phone')}
            />
            <TextInput
              label="Website"
              autoComplete="url"
              placeholder="https://www.example.eu"
              {...form.getInputProps('website')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend="Introduction for partners">
          <Stack gap="sm">
            {profileTexts.map(({ field, label, description }) => (
              <Textarea
                key={field}
                label={label}
                description={description}
                autosize
                minRows={3}
                maxRows={10}
                {...form.getInputProps(field)}
              />
            ))}
          </Stack>
        </Fieldset>

        {saveError && (
          <Alert color="red" title="Not saved" role="alert">
            {saveError}
          </Alert>
        )}

        <Group justify="space-between" className="save-bar">
          <Text size="sm" c="dimmed" aria-live="polite">
            {dirty
              ? 'You have unsaved changes.'
              : institution
                ? `Saved ${new Date(institution.updatedAt).toLocaleString()}.`
                : 'Nothing saved yet.'}
          </Text>
          <Group gap="sm">
            <Button variant="default" disabled={!dirty} onClick={() => form.reset()}>
              Discard changes
            </Button>
            <Button type="submit" loading={form.submitting} title="Save profile (Ctrl+S / ⌘S)">
              Save profile
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
