import {
  Alert,
  Button,
  Group,
  Input,
  SegmentedControl,
  Select,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { getHotkeyHandler } from '@mantine/hooks';
import { useId, useState } from 'react';
import { z } from 'zod';
import type { InteractionKind } from '../../../../shared/domain';
import {
  type Contact,
  type Interaction,
  type InteractionInput,
  interactionInputSchema,
} from '../../../../shared/partner';
import type { Result } from '../../../../shared/result';
import { localIsoDate } from '../board/dates';
import { serverFieldErrors, topLevelField } from '../shell/serverFieldErrors';
import { InteractionKindIcon } from './InteractionKindIcon';
import { kindOptions } from './partnerOptions';

/** What the inputs hold: dates and the contact as text, empty for "none". */
interface InteractionFormValues {
  occurredOn: string;
  kind: InteractionKind;
  contactId: string | null;
  summary: string;
  nextStep: string;
  dueOn: string;
}

function toInput(v: InteractionFormValues): InteractionInput {
  return {
    occurredOn: v.occurredOn,
    kind: v.kind,
    contactId: v.contactId ? Number(v.contactId) : null,
    summary: v.summary,
    nextStep: v.nextStep,
    dueOn: v.dueOn.trim() === '' ? null : v.dueOn,
  };
}

function toValues(i: Interaction | null): InteractionFormValues {
  return i
    ? {
        occurredOn: i.occurredOn,
        kind: i.kind,
        contactId: i.contactId === null ? null : String(i.contactId),
        summary: i.summary,
        nextStep: i.nextStep,
        dueOn: i.dueOn ?? '',
      }
    : {
        occurredOn: localIsoDate(),
        kind: 'email',
        contactId: null,
        summary: '',
        nextStep: '',
        dueOn: '',
      };
}

const schema = z.preprocess((v) => toInput(v as InteractionFormValues), interactionInputSchema);

interface InteractionFormProps {
  contacts: Contact[];
  /** The entry being edited; null for a new one. */
  editing: Interaction | null;
  /** A new entry's kind and summary to start from (e.g. opened from the Today view). */
  prefill?: Pick<InteractionFormValues, 'kind' | 'summary'>;
  onSave: (input: InteractionInput) => Promise<Result<Interaction>>;
  /** After a save; a new-entry form then starts again, empty. */
  onSaved?: () => void;
  onCancel?: () => void;
}

/** Logs (or corrects) one interaction: what happened, with whom, and what comes next. */
export function InteractionForm({
  contacts,
  editing,
  prefill,
  onSave,
  onSaved,
  onCancel,
}: InteractionFormProps) {
  const kindLabelId = useId();
  const [serverError, setServerError] = useState<string | null>(null);
  const form = useForm<InteractionFormValues>({
    mode: 'controlled',
    initialValues: { ...toValues(editing), ...(editing ? {} : prefill) },
    validate: schemaResolver(schema, { sync: true }),
  });

  const submit = form.onSubmit(async (values) => {
    setServerError(null);
    const result = await onSave(toInput(values));
    if (result.ok) {
      if (!editing) form.setValues({ ...toValues(null), kind: values.kind });
      form.resetDirty();
      form.clearErrors();
      onSaved?.();
      return;
    }
    form.setErrors(serverFieldErrors(result.error.fields, topLevelField('interaction', values)));
    setServerError(result.error.message);
  });

  const contactData = contacts.map((c) => ({
    value: String(c.id),
    label: c.role ? `${c.name} (${c.role})` : c.name,
  }));

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={editing ? 'Edit logbook entry' : 'Log an interaction'}
      onKeyDown={getHotkeyHandler([['mod+S', () => submit()]])}
    >
      <Stack gap="sm">
        <Group align="flex-end" gap="md" wrap="wrap">
          <TextInput
            type="date"
            label="Date"
            withAsterisk
            // The form opens when asked for, so its first field takes the focus.
            autoFocus
            w={170}
            {...form.getInputProps('occurredOn')}
          />
          <Stack gap={4}>
            <Input.Label labelElement="div" id={kindLabelId}>
              Kind
            </Input.Label>
            <SegmentedControl
              aria-labelledby={kindLabelId}
              data={kindOptions.map((k) => ({
                value: k.value,
                label: (
                  <Group gap={6} wrap="nowrap" justify="center">
                    <InteractionKindIcon kind={k.value} size={16} />
                    <span>{k.label}</span>
                  </Group>
                ),
              }))}
              {...form.getInputProps('kind')}
            />
          </Stack>
        </Group>
        {contacts.length > 0 && (
          <Select
            label="With"
            placeholder="Nobody in particular"
            data={contactData}
            clearable
            {...form.getInputProps('contactId')}
            // A contact deleted meanwhile shows as nobody rather than as a bare number.
            value={
              contactData.some((c) => c.value === form.values.contactId)
                ? form.values.contactId
                : null
            }
          />
        )}
        <Textarea
          label="Summary"
          description="What happened, in a sentence or two."
          withAsterisk
          autosize
          minRows={2}
          maxRows={8}
          dir="auto"
          {...form.getInputProps('summary')}
        />
        <Group align="flex-start" gap="md" wrap="wrap">
          <TextInput
            label="Next step"
            placeholder="For example: send the draft MoU"
            dir="auto"
            style={{ flex: '1 1 260px' }}
            {...form.getInputProps('nextStep')}
          />
          <TextInput type="date" label="Due" w={170} {...form.getInputProps('dueOn')} />
        </Group>
        {serverError && (
          <Alert color="red" role="alert" title="Not saved">
            {serverError}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          )}
          <Button type="submit" loading={form.submitting}>
            {editing ? 'Save entry' : 'Add to logbook'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
