import { MultiSelect, SimpleGrid, Stack } from '@mantine/core';
import type { OnePagerInput } from '../../../../shared/documents';
import { typeOptions } from '../partners/partnerOptions';
import { LongTextField, TextField, useFieldKit } from './FieldKit';

/** The institution's introductory one-pager, optionally tailored to this partner. */
export function OnePagerFields() {
  const { values, onChange } = useFieldKit<OnePagerInput>();
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" verticalSpacing="xs">
        <TextField path="organisation" label="Organisation" />
        <TextField path="address" label="Address" />
        <TextField
          path="tailoredFor"
          label="Tailored to"
          description="The partner's name in the heading; empty for a general one-pager."
        />
        <MultiSelect
          label="Partnership types sought"
          data={typeOptions}
          value={values.typesSought}
          onChange={(v) => onChange({ ...values, typesSought: v })}
          clearable
        />
      </SimpleGrid>
      <LongTextField path="whoWeAre" label="Who we are" />
      <LongTextField path="whatWeOffer" label="What we offer" />
      <LongTextField path="whatWeLookFor" label="What we look for" />
      <LongTextField
        path="whyPartner"
        label="Why partner with us"
        description="One reason per line; each becomes a bullet point."
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" verticalSpacing="xs">
        <TextField path="contactName" label="Contact person" />
        <TextField path="contactPosition" label="Position" />
        <TextField path="email" label="Email" type="email" />
        <TextField path="phone" label="Phone" />
        <TextField path="website" label="Website" />
      </SimpleGrid>
    </Stack>
  );
}
