import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import type { PartnershipType, StakeholderGroup } from '../../../../shared/domain';
import { stakeholderGroupOptions, typeOptions } from '../partners/partnerOptions';

// Mantine keeps 100px free for typing beside the pills, which wraps a single pill to a second
// line in these narrow filters.
const pillsOnOneLine = { inputField: { minWidth: 32 } };

/** A multi-choice filter (board, overlap view): searchable, clearable, "Any …" while empty. */
export function FilterSelect<V extends string>({
  any,
  value,
  ...props
}: MultiSelectProps<V> & { any: string; value: V[] }) {
  return (
    <MultiSelect
      placeholder={value.length ? undefined : any}
      value={value}
      searchable
      clearable
      styles={pillsOnOneLine}
      maxDropdownHeight={320}
      {...props}
    />
  );
}

/** The partnership-type filter. */
export function TypeFilterSelect({
  value,
  onChange,
  w,
}: {
  value: PartnershipType[];
  onChange: (v: PartnershipType[]) => void;
  w: number;
}) {
  return (
    <FilterSelect
      label="Partnership type"
      any="Any type"
      data={typeOptions}
      value={value}
      onChange={onChange}
      w={w}
      comboboxProps={{ width: 240, position: 'bottom-start' }}
    />
  );
}

/** The stakeholder-group filter. */
export function GroupFilterSelect({
  value,
  onChange,
  w,
}: {
  value: StakeholderGroup[];
  onChange: (v: StakeholderGroup[]) => void;
  w: number;
}) {
  return (
    <FilterSelect
      label="Stakeholder group"
      any="Any group"
      data={stakeholderGroupOptions}
      value={value}
      onChange={onChange}
      w={w}
      comboboxProps={{ width: 340, position: 'bottom-start' }}
    />
  );
}

/** The country filter, offering the countries partners are in. */
export function CountryFilterSelect({
  countries,
  value,
  onChange,
  w,
}: {
  countries: readonly string[];
  value: string[];
  onChange: (v: string[]) => void;
  w: number;
}) {
  return (
    <FilterSelect
      label="Country"
      any="Any country"
      data={countries}
      value={value}
      onChange={onChange}
      nothingFoundMessage="No partner from there"
      w={w}
    />
  );
}
