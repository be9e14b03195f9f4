import { List, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { useMemo } from 'react';
import {
  type StakeholderGroup,
  partnershipTypeLabels,
  partnershipTypes,
} from '../../../../shared/domain';
import {
  type OverlapResult,
  type OverlapSelection,
  gapGroups,
} from '../../../../shared/overlap/compute';
import { diagonalStep, heatStep } from '../../../../shared/overlap/heat';
import {
  groupLabel,
  groupSingular,
  partnersCount,
  typeInSentence,
} from '../../../../shared/overlap/wording';
import { HeatLegend } from './HeatLegend';
import { MatrixCell } from './MatrixCell';
import classes from './overlap.module.css';
import type { OverlapPartProps } from './overlapProps';
import { TypeColumnHeaders } from './TypeMatrix';
import { useRovingCells } from './useRovingCells';

/** Column 0 is "Partners" (the whole group); columns 1… are the types. */
const sameSelection = (
  s: OverlapSelection | null,
  group: OverlapResult['groups'][number]['group'],
  type: (typeof partnershipTypes)[number] | null,
) => s?.kind === 'group' && s.group === group && s.type === type;

/**
 * Stakeholder groups × types: which kinds of organisation give which kinds of cooperation.
 * Empty cells and groups without any partner are the gaps worth thinking about.
 */
export function GroupMatrix({
  result,
  filtered,
  groupFilter,
  selection,
  onSelect,
}: OverlapPartProps & {
  /** Whether filters narrow the view (the gap sentences say "among the partners shown"). */
  filtered: boolean;
  /** Groups chosen in the filter; the others are left out by choice, not gaps. */
  groupFilter: readonly StakeholderGroup[];
}) {
  const max = Math.max(0, ...result.groups.flatMap((g) => g.counts));
  const keys = useMemo(
    () =>
      result.groups.flatMap((g, r) => [
        ...(g.partners > 0 ? [`${r}:0`] : []),
        ...g.counts.flatMap((v, c) => (v > 0 ? [`${r}:${c + 1}`] : [])),
      ]),
    [result.groups],
  );
  const roving = useRovingCells(keys);
  const where = filtered ? 'among the partners shown' : 'in any partnership';
  const gaps = [
    ...gapGroups(result, groupFilter).map((g) => `No ${groupSingular[g]} ${where}`),
    ...result.unusedTypes.map(
      (t) => `No partner ${filtered ? 'shown ' : ''}takes part in ${typeInSentence[t]}`,
    ),
  ];

  return (
    <>
      {gaps.length > 0 && (
        <div role="group" aria-labelledby="overlap-gaps">
          <Text id="overlap-gaps" fw={650} size="sm" mb={4}>
            Gaps to think about
          </Text>
          <List
            size="sm"
            spacing={2}
            mb="md"
            style={{ columns: gaps.length > 3 ? 2 : 1, columnGap: 'var(--mantine-spacing-xl)' }}
            icon={
              <ThemeIcon size={16} radius="xl" color="orange.8" aria-hidden="true">
                !
              </ThemeIcon>
            }
          >
            {gaps.map((g) => (
              <List.Item key={g}>{g}</List.Item>
            ))}
          </List>
        </div>
      )}
      <div className={classes.tableScroll}>
        <table className={classes.matrix} data-wrap-rows onKeyDown={roving.onKeyDown}>
          <caption>
            <VisuallyHidden>
              Stakeholder groups against partnership types: partners of each group with each type.
            </VisuallyHidden>
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <VisuallyHidden>Stakeholder group</VisuallyHidden>
              </th>
              <th scope="col">Partners</th>
              <TypeColumnHeaders />
            </tr>
          </thead>
          <tbody>
            {result.groups.map((g, r) => {
              const name = groupLabel(g.group);
              return (
                <tr
                  key={g.group ?? 'none'}
                  className={g.partners === 0 ? classes.missingRow : undefined}
                >
                  <th scope="row">{name}</th>
                  {g.partners === 0 ? (
                    <td>
                      <Text size="xs" c="dimmed">
                        none
                      </Text>
                    </td>
                  ) : (
                    <MatrixCell
                      r={r}
                      c={0}
                      count={g.partners}
                      step={diagonalStep}
                      diagonal
                      label={`${name}: ${partnersCount(g.partners)}`}
                      pressed={sameSelection(selection, g.group, null)}
                      roving={roving}
                      onSelect={() => onSelect({ kind: 'group', group: g.group, type: null })}
                    />
                  )}
                  {partnershipTypes.map((t, c) => {
                    const count = g.counts[c]!;
                    return (
                      <MatrixCell
                        key={t}
                        r={r}
                        c={c + 1}
                        count={count}
                        step={heatStep(count, max)}
                        label={`${name}, ${partnershipTypeLabels[t]}: ${partnersCount(count)}`}
                        pressed={sameSelection(selection, g.group, t)}
                        roving={roving}
                        onSelect={() => onSelect({ kind: 'group', group: g.group, type: t })}
                      />
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <HeatLegend max={max} what="Partners of the group with the type" />
    </>
  );
}
