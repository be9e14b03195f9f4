import { Button, Group, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { partnershipTypes } from '../../../../shared/domain';
import type { Combination, OverlapSelection } from '../../../../shared/overlap/compute';
import { combinationLabel } from '../../../../shared/overlap/wording';
import classes from './overlap.module.css';
import type { OverlapPartProps } from './overlapProps';

const shownAtFirst = 10;

type Roles = OverlapSelection & { kind: 'roles' };

const roleTiles: { roles: Roles['roles']; label: (n: number) => string }[] = [
  { roles: 'multi', label: (n) => `${n === 1 ? 'partner plays' : 'partners play'} several roles` },
  { roles: 'single', label: (n) => `${n === 1 ? 'partner has' : 'partners have'} one role` },
  { roles: 'none', label: (n) => `${n === 1 ? 'partner has' : 'partners have'} no type yet` },
];

/** How many partners play several roles, one, or none yet; each number lists them. */
export function RoleCounts({ result, selection, onSelect }: OverlapPartProps) {
  return (
    <Group gap="sm" align="stretch" wrap="wrap">
      {roleTiles.map(({ roles, label }) => {
        const n = result.roles[roles];
        return (
          <button
            key={roles}
            type="button"
            className={classes.roleTile}
            aria-pressed={selection?.kind === 'roles' && selection.roles === roles}
            onClick={() => onSelect({ kind: 'roles', roles })}
          >
            <span className={classes.roleNumber}>{n}</span>
            <Text span size="sm">
              {label(n)}
            </Text>
          </button>
        );
      })}
    </Group>
  );
}

/** Which types a combination has, as a row of dots in catalogue order (UpSet style). */
function Dots({ combination }: { combination: Combination }) {
  const has = new Set(combination.types);
  return (
    <span className={classes.dots} aria-hidden="true">
      {partnershipTypes.map((t) => (
        <span key={t} className={classes.dot} data-on={has.has(t) || undefined} />
      ))}
    </span>
  );
}

/** Every combination of types partners have, most shared first, as bars. */
export function Combinations({ result, selection, onSelect }: OverlapPartProps) {
  const [all, setAll] = useState(false);
  const list = result.combinations;
  const shown = all ? list : list.slice(0, shownAtFirst);
  const max = list[0]?.count ?? 1;
  const isSelected = (c: Combination) =>
    selection?.kind === 'combination' &&
    combinationLabel(selection.types) === combinationLabel(c.types);

  if (list.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No partner has a partnership type yet.
      </Text>
    );
  }
  return (
    <>
      <ol className={classes.bars} aria-label="Combinations of types, most shared first">
        {shown.map((c) => {
          const label = combinationLabel(c.types);
          return (
            <li key={label}>
              <button
                type="button"
                className={classes.bar}
                aria-pressed={isSelected(c)}
                onClick={() => onSelect({ kind: 'combination', types: c.types })}
              >
                <span>
                  <Dots combination={c} />
                  {label}
                </span>
                <span className={classes.barTrack} aria-hidden="true">
                  <span
                    className={classes.barFill}
                    style={{ display: 'block', width: `${(c.count / max) * 100}%` }}
                  />
                </span>
                <span className={classes.barCount}>
                  <VisuallyHidden> — </VisuallyHidden>
                  {c.count}
                  <VisuallyHidden>{c.count === 1 ? ' partner' : ' partners'}</VisuallyHidden>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      {list.length > shownAtFirst && (
        <Button variant="subtle" size="compact-sm" mt="xs" onClick={() => setAll((v) => !v)}>
          {all
            ? `Show the ${shownAtFirst} most common only`
            : `Show all ${list.length} combinations`}
        </Button>
      )}
    </>
  );
}
