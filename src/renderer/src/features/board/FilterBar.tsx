import { Button, CloseButton, Group, Switch, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import { useStore } from '../../store';
import { isFilterActive } from '../../store/boardSlice';
import { plural } from '../partners/format';
import { CountryFilterSelect, GroupFilterSelect, TypeFilterSelect } from '../shell/FilterSelect';
import classes from './board.module.css';
import { SearchIcon } from './icons';

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
    return `${plural(hidden, 'partner')} hidden by search and filters`;
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
      <TypeFilterSelect value={filter.types} onChange={(v) => setFilter({ types: v })} w={180} />
      <GroupFilterSelect value={filter.groups} onChange={(v) => setFilter({ groups: v })} w={190} />
      <CountryFilterSelect
        countries={countries}
        value={filter.countries}
        onChange={(v) => setFilter({ countries: v })}
        w={160}
      />
      <Switch
        label="Follow-up overdue"
        checked={filter.overdueOnly}
        onChange={(e) => setFilter({ overdueOnly: e.currentTarget.checked })}
        mb={8}
      />
      {filter.idSet && (
        <Group gap={4} wrap="nowrap" mb={6} className={classes.idSetFilter}>
          <Text size="sm" fw={600} dir="auto">
            {filter.idSet.label}
          </Text>
          <CloseButton
            size="sm"
            aria-label={`Remove the filter “${filter.idSet.label}”`}
            onClick={() => setFilter({ idSet: null })}
          />
        </Group>
      )}
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
