import { Fieldset, Input, SimpleGrid, Stack, Switch } from '@mantine/core';
import type { AgreementInput } from '../../../../shared/documents';
import type { Contact } from '../../../../shared/partner';
import { type ContactChoice, ContactChooser } from './ContactChooser';
import { LongTextField, TextField, useFieldKit } from './FieldKit';
import { fieldId } from './formPaths';
import { ListEditor } from './ListEditor';

function PartyFields({ side }: { side: 'institution' | 'partner' }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" verticalSpacing="xs">
      <TextField path={`${side}.organisation`} label="Organisation" />
      <TextField path={`${side}.address`} label="Address" />
      <TextField path={`${side}.representativeName`} label="Signs: name" />
      <TextField path={`${side}.representativePosition`} label="Signs: position" />
      <TextField path={`${side}.contactName`} label="Contact person" />
      <TextField path={`${side}.contactEmail`} label="Contact email" type="email" />
      <TextField path={`${side}.contactPhone`} label="Contact phone" />
    </SimpleGrid>
  );
}

/** The MoU / Letter of Intent form: parties, purpose, scope, duration, place. */
export function AgreementFields({ contacts, contactId, onContact }: ContactChoice) {
  const { values, onChange, errors, formId } = useFieldKit<AgreementInput>();
  const chooseContact = (c: Contact | null) => {
    onContact(c?.id ?? null);
    onChange({
      ...values,
      partner: {
        ...values.partner,
        representativeName: c?.name ?? '',
        representativePosition: c?.role ?? '',
        contactName: c?.name ?? '',
        contactEmail: c?.email ?? '',
        contactPhone: c?.phone ?? '',
      },
    });
  };
  const scopeErrors = Object.fromEntries(
    values.scope.map((_, i) => [i, errors[`scope.${i}`]] as const),
  );
  return (
    <Stack gap="md">
      <SimpleGrid cols={2} spacing="sm">
        <TextField path="reference" label="Reference number" />
        <TextField path="issueDate" label="Date of issue" type="date" />
      </SimpleGrid>
      <Fieldset legend="Your institution">
        <PartyFields side="institution" />
      </Fieldset>
      <Fieldset legend="The partner">
        <Stack gap="xs">
          <ContactChooser
            label="Person who signs for the partner"
            contacts={contacts}
            contactId={contactId}
            onChoose={chooseContact}
          />
          <PartyFields side="partner" />
        </Stack>
      </Fieldset>
      <LongTextField
        path="purpose"
        label="Purpose: cooperation in"
        description="Completes the sentence “The parties intend to cooperate in …”."
      />
      <div>
        <ListEditor
          legend="Scope of cooperation"
          itemName="scope item"
          idPrefix={fieldId(formId, 'scope')}
          description="Numbered in the document in this order."
          items={values.scope}
          onChange={(scope) => onChange({ ...values, scope })}
          errors={scopeErrors}
        />
        {errors.scope && (
          <Input.Error id={fieldId(formId, 'scope')} mt={4}>
            {errors.scope}
          </Input.Error>
        )}
      </div>
      <Fieldset legend="Duration">
        <Stack gap="xs">
          <SimpleGrid cols={2} spacing="sm">
            <TextField path="startDate" label="Valid from" type="date" />
            {values.endDate !== null && (
              <TextField path="endDate" label="Valid until" type="date" />
            )}
          </SimpleGrid>
          <Switch
            label="Open-ended (no end date)"
            checked={values.endDate === null}
            onChange={(e) => {
              const openEnded = e.currentTarget.checked;
              onChange({ ...values, endDate: openEnded ? null : yearsLater(values.startDate, 2) });
            }}
          />
        </Stack>
      </Fieldset>
      <TextField
        path="place"
        label="Place of signing"
        description="Left empty, the document has a line to write it in by hand."
      />
    </Stack>
  );
}

/** The same day `years` later, as a first suggestion for the end of validity. */
function yearsLater(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return `${y + years}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
