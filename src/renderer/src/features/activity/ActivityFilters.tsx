import { Group } from '@mantine/core';
import { isActivityFilterActive } from '../../../../shared/activity/facts';
import { useStore } from '../../store';
import { GroupFilterSelect, TypeFilterSelect } from '../shell/FilterSelect';
import { FilterStatus } from '../shell/FilterStatus';

/** Partnership type (any of those chosen) and stakeholder group. */
export function ActivityFilters({ shown, total }: { shown: number; total: number }) {
  const filter = useStore((s) => s.activityFilter);
  const setFilter = useStore((s) => s.setActivityFilter);
  const clear = useStore((s) => s.clearActivityFilter);
  const active = isActivityFilterActive(filter);
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TypeFilterSelect value={filter.types} onChange={(v) => setFilter({ types: v })} w={300} />
      <GroupFilterSelect value={filter.groups} onChange={(v) => setFilter({ groups: v })} w={260} />
      <FilterStatus
        active={active}
        onClear={clear}
        text={
          active
            ? `${shown} of ${total} partners match the filters`
            : `All ${total} partners, archived ones included`
        }
      />
    </Group>
  );
}
