import {
  ActionIcon,
  Fieldset,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { type AgendaInput, agendaSchedule } from '../../../../shared/documents';
import { TextField, useFieldKit } from './FieldKit';
import { fieldId } from './formPaths';
import { LabelledSegments } from './LabelledSegments';
import { ListEditor } from './ListEditor';

/** The first exploration meeting: when, where, the timed sections, attendees, materials. */
export function AgendaFields() {
  const { values, onChange, errors, formId } = useFieldKit<AgendaInput>();
  const schedule = safeSchedule(values);
  const setSection = (index: number, patch: Partial<AgendaInput['sections'][number]>) =>
    onChange({
      ...values,
      sections: values.sections.map((s, i) => (i === index ? { ...s, ...patch } : s)),
    });
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" verticalSpacing="xs">
        <TextField path="institutionName" label="Your institution" />
        <TextField path="partnerName" label="The partner" />
        <TextField path="date" label="Date" type="date" />
        <TextField path="startTime" label="Starts at" type="time" />
      </SimpleGrid>
      <LabelledSegments
        label="Meeting"
        value={values.mode}
        onChange={(mode) => onChange({ ...values, mode })}
        data={[
          { value: 'online', label: 'Online' },
          { value: 'in_person', label: 'In person' },
        ]}
      />
      <TextField
        path="location"
        label={values.mode === 'online' ? 'Meeting link' : 'Place'}
        placeholder={values.mode === 'online' ? 'https://…' : 'Address and room'}
      />
      <Fieldset legend="Sections">
        <Stack gap="xs">
          {values.sections.map((section, index) => (
            <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
              <Text size="sm" w={48} pt={8} c="dimmed" aria-hidden="true">
                {schedule?.sections[index]?.start ?? ''}
              </Text>
              <TextInput
                id={fieldId(formId, `sections.${index}.title`)}
                aria-label={`Section ${index + 1} title`}
                value={section.title}
                error={errors[`sections.${index}.title`]}
                onChange={(e) => setSection(index, { title: e.currentTarget.value })}
                style={{ flex: 1 }}
                dir="auto"
              />
              <NumberInput
                aria-label={`Section ${index + 1} minutes`}
                value={section.minutes}
                min={1}
                max={480}
                w={90}
                suffix=" min"
                onChange={(v) => setSection(index, { minutes: typeof v === 'number' ? v : 1 })}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mt={4}
                aria-label={`Remove section ${index + 1}`}
                title="Remove"
                disabled={values.sections.length === 1}
                onClick={() =>
                  onChange({ ...values, sections: values.sections.filter((_, i) => i !== index) })
                }
              >
                ×
              </ActionIcon>
            </Group>
          ))}
        </Stack>
      </Fieldset>
      <ListEditor
        legend="Attendees"
        itemName="attendee"
        idPrefix={fieldId(formId, 'attendees')}
        description="Name, then role and organisation after commas."
        items={values.attendees.map((a) =>
          [a.name, a.role, a.organisation].filter((p) => p !== '').join(', '),
        )}
        onChange={(lines) =>
          onChange({
            ...values,
            attendees: lines.map((line) => {
              const [name = '', role = '', ...org] = line.split(',').map((p) => p.trim());
              return { name, role, organisation: org.join(', ') };
            }),
          })
        }
      />
      <ListEditor
        legend="Materials to share before the meeting"
        itemName="material"
        idPrefix={fieldId(formId, 'materials')}
        items={values.materials}
        onChange={(materials) => onChange({ ...values, materials })}
      />
      <TextField
        path="organiserEmail"
        label="Organiser's email"
        type="email"
        description="Written into the calendar file."
      />
    </Stack>
  );
}

function safeSchedule(values: AgendaInput) {
  try {
    return agendaSchedule(values);
  } catch {
    return null;
  }
}
