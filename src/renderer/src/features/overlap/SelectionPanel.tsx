import { Anchor, Badge, Button, CloseButton, Group, Table, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useRef } from 'react';
import { phaseLabels } from '../../../../shared/domain';
import {
  type OverlapSelection,
  partnersInSelection,
  selectionLabel,
} from '../../../../shared/overlap/compute';
import type { OverlapPartner } from '../../../../shared/overlap/facts';
import { groupLabel, partnersCount } from '../../../../shared/overlap/wording';
import { useStore } from '../../store';
import { phaseColors } from '../partners/partnerOptions';
import classes from './overlap.module.css';

/** More rows than this are left to the board, which draws long lists quickly. */
const maxRows = 200;

/**
 * The partners behind a cell, bar or count, right below where it was chosen: each opens in
 * its detail view, and the board can show exactly them.
 */
export function SelectionPanel({
  partners,
  selection,
}: {
  partners: readonly OverlapPartner[];
  selection: OverlapSelection;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const openPartner = useStore((s) => s.openPartner);
  const showOnBoard = useStore((s) => s.showOnBoard);
  const clear = useStore((s) => s.clearOverlapSelection);
  const label = selectionLabel(selection);
  const matches = useMemo(
    () =>
      partnersInSelection(partners, selection).sort((a, b) =>
        a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }),
      ),
    [partners, selection],
  );

  // Where the eyes (and the screen reader) go after choosing.
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [label]);

  return (
    <section className={classes.selection} aria-labelledby="overlap-selection" role="region">
      <Group justify="space-between" wrap="nowrap" mb="xs">
        <Title order={3} size="h4" id="overlap-selection" ref={heading} tabIndex={-1}>
          {label}: {partnersCount(matches.length)}
        </Title>
        <Group gap="xs" wrap="nowrap">
          <Button
            size="compact-sm"
            disabled={matches.length === 0}
            onClick={() =>
              showOnBoard({
                label: `From the overlap view: ${label}`,
                ids: new Set(matches.map((p) => p.id)),
              })
            }
          >
            Show on the board
          </Button>
          <CloseButton aria-label="Close the list of partners" onClick={clear} />
        </Group>
      </Group>
      {matches.length === 0 ? (
        <Text size="sm" c="dimmed">
          No partner matches any more.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560} maxHeight={360}>
          <Table striped highlightOnHover stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Partner</Table.Th>
                <Table.Th scope="col">Stakeholder group</Table.Th>
                <Table.Th scope="col">Phase</Table.Th>
                <Table.Th scope="col">Country</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {matches.slice(0, maxRows).map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Anchor
                      component="button"
                      type="button"
                      onClick={() => openPartner(p.id)}
                      dir="auto"
                    >
                      {p.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{groupLabel(p.group)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={phaseColors[p.phase]} c="gray.9" tt="none">
                      {phaseLabels[p.phase]}
                    </Badge>
                  </Table.Td>
                  <Table.Td dir="auto">{p.country}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {matches.length > maxRows && (
        <Text size="sm" mt="xs">
          The first {maxRows} are listed; “Show on the board” shows all {matches.length}.
        </Text>
      )}
    </section>
  );
}
