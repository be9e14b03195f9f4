import {
  Button,
  Group,
  MultiSelect,
  type MultiSelectProps,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import { useStore } from '../../store';
import { isFilterActive } from '../../store/boardSlice';
import { stakeholderGroupOptions, typeOptions } from '../partners/partnerOptions';
import { SearchIcon } from './icons';

// Mantine keeps 100px free for typing beside the pills, which wraps a single pill to a second
// line in these narrow filters.
const pillsOnOneLine = { inputField: { minWidth: 32 } };

/** One of the board's multi-choice filters: searchable, clearable, "Any …" while empty. */
function FilterSelect<V extends string>({
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

/**
 * "37 partners hidden by search and filters", or nothing while the whole board shows. Always
 * in the page, so that screen readers hear the count change; a component of its own, because
 * it follows every card change and the filter inputs need not.
 */
function HiddenCount() {
  const cardsById = useStore((s) => s.cardsById);
  const matchIds = useStore((s) => s.matchIds);
  const filterError = useStore((s) => s.filterError);
  const message = useMemo(() => {
    if (filterError) return filterError;
    if (!matchIds) return '';
    let shown = 0;
    for (const id of matchIds) if (cardsById.has(id)) shown++;
    const hidden = cardsById.size - shown;
    if (hidden === 0) return `All ${cardsById.size} partners match the search and filters`;
    return `${hidden} ${hidden === 1 ? 'partner' : 'partners'} hidden by search and filters`;
  }, [cardsById, matchIds, filterError]);
  return (
    <Text role="status" size="sm" fw={600} {...(filterError ? { c: 'red.9' } : {})}>
      {message}
    </Text>
  );
}

/**
 * Search and filters. Typing is debounced; the backend answers which partners match (so the
 * search ignores case and accents the same way everywhere) and the board hides the rest.
 */
export function FilterBar() {
  const filter = useStore((s) => s.filter);
  const countries = useStore((s) => s.countries);
  const setFilter = useStore((s) => s.setFilter);
  const clearFilters = useStore((s) => s.clearFilters);
  const [text, setText] = useState(filter.text);
  const [debounced] = useDebouncedValue(text, 150);

  useEffect(() => {
    if (debounced !== useStore.getState().filter.text) setFilter({ text: debounced });
  }, [debounced, setFilter]);

  const clear = () => {
    setText('');
    clearFilters();
  };
  const active = isFilterActive(filter) || text.trim() !== '';

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        label="Search partners"
        placeholder="Name, contact, city, tag…"
        leftSection={<SearchIcon size={15} />}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && text) {
            e.preventDefault();
            setText('');
          }
        }}
        type="search"
        w={200}
      />
      <FilterSelect
        label="Partnership type"
        any="Any type"
        data={typeOptions}
        value={filter.types}
        onChange={(v) => setFilter({ types: v })}
        w={180}
        comboboxProps={{ width: 240, position: 'bottom-start' }}
      />
      <FilterSelect
        label="Stakeholder group"
        any="Any group"
        data={stakeholderGroupOptions}
        value={filter.groups}
        onChange={(v) => setFilter({ groups: v })}
        w={190}
        comboboxProps={{ width: 340, position: 'bottom-start' }}
      />
      <FilterSelect
        label="Country"
        any="Any country"
        data={countries}
        value={filter.countries}
        onChange={(v) => setFilter({ countries: v })}
        nothingFoundMessage="No partner from there"
        w={160}
      />
      <Switch
        label="Follow-up overdue"
        checked={filter.overdueOnly}
        onChange={(e) => setFilter({ overdueOnly: e.currentTarget.checked })}
        mb={8}
      />
      <Group gap="sm" wrap="nowrap" mb={4}>
        <HiddenCount />
        {active && (
          <Button size="compact-sm" variant="light" onClick={clear}>
            Clear filters
          </Button>
        )}
      </Group>
    </Group>
  );
}
