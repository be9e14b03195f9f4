import { Button, Group } from '@mantine/core';
import { useMemo } from 'react';
import { phaseLabels, phases } from '../../../../shared/domain';
import { isOverlapFilterActive, livePhases } from '../../../../shared/overlap/facts';
import { useStore } from '../../store';
import { CountryFilterSelect, FilterSelect, GroupFilterSelect } from '../shell/FilterSelect';
import { FilterStatus } from '../shell/FilterStatus';

const phaseOptions = phases.map((value) => ({ value, label: phaseLabels[value] }));
const isLive = (selected: readonly string[]) =>
  selected.length === livePhases.length && livePhases.every((p) => selected.includes(p));

/** Phase (with one click for the live partnerships), stakeholder group and country. */
export function OverlapFilters({ shown }: { shown: number }) {
  const filter = useStore((s) => s.overlapFilter);
  const partners = useStore((s) => s.overlapPartners);
  const setFilter = useStore((s) => s.setOverlapFilter);
  const clear = useStore((s) => s.clearOverlapFilter);
  const countries = useMemo(
    () =>
      [...new Set(partners.map((p) => p.country.trim()).filter((c) => c !== ''))].sort((a, b) =>
        a.localeCompare(b),
      ),
    [partners],
  );
  const live = isLive(filter.phases);
  const active = isOverlapFilterActive(filter);
  const total = partners.length;

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <FilterSelect
        label="Phase"
        any="Any phase"
        data={phaseOptions}
        value={filter.phases}
        onChange={(v) => setFilter({ phases: v })}
        w={380}
        comboboxProps={{ width: 260, position: 'bottom-start' }}
      />
      <Button
        variant={live ? 'filled' : 'light'}
        aria-pressed={live}
        onClick={() => setFilter({ phases: live ? [] : [...livePhases] })}
        title="Collaboration setup and Maintenance & growth"
      >
        Live partnerships
      </Button>
      <GroupFilterSelect value={filter.groups} onChange={(v) => setFilter({ groups: v })} w={220} />
      <CountryFilterSelect
        countries={countries}
        value={filter.countries}
        onChange={(v) => setFilter({ countries: v })}
        w={180}
      />
      <FilterStatus
        active={active}
        onClear={clear}
        text={
          active
            ? `${shown} of ${total} active partners match the filters`
            : `All ${total} active partners`
        }
      />
    </Group>
  );
}
