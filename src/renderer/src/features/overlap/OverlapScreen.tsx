import { Button, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect, useMemo } from 'react';
import { partnershipTypes } from '../../../../shared/domain';
import { computeOverlap, type OverlapSelection } from '../../../../shared/overlap/compute';
import { filterOverlapPartners, isOverlapFilterActive } from '../../../../shared/overlap/facts';
import { useStore } from '../../store';
import type { OverlapSection } from '../../store/overlapSlice';
import { Loading } from '../shell/LoadState';
import { ScreenHeading, ScreenLoadError } from '../shell/ScreenHeading';
import { Combinations, RoleCounts } from './Combinations';
import { EmptyOverlap } from './EmptyOverlap';
import { ExportMenu } from './ExportMenu';
import { GroupMatrix } from './GroupMatrix';
import classes from './overlap.module.css';
import { OverlapFilters } from './OverlapFilters';
import { SelectionPanel } from './SelectionPanel';
import { TypeMatrix } from './TypeMatrix';

function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro: string;
  children: ReactNode;
}) {
  return (
    <section className={classes.section} aria-labelledby={id}>
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {intro}
      </Text>
      {children}
    </section>
  );
}

/**
 * Which partners play several roles, and where are the gaps: the partnership types of every
 * active partner, crossed with each other and with the stakeholder groups.
 */
export function OverlapScreen() {
  const status = useStore((s) => s.overlapStatus);
  const error = useStore((s) => s.overlapError);
  const partners = useStore((s) => s.overlapPartners);
  const filter = useStore((s) => s.overlapFilter);
  const chosen = useStore((s) => s.overlapSelection);
  const select = useStore((s) => s.selectOverlap);
  const load = useStore((s) => s.loadOverlap);
  const clearFilter = useStore((s) => s.clearOverlapFilter);

  // Fresh on every visit, and again whenever a partner changes meanwhile (edited, archived or
  // restored from its detail view): every such change passes through the board's cards.
  const cards = useStore((s) => s.cardsById);
  useEffect(() => {
    void load();
  }, [load, cards]);

  const everyone = useMemo(() => computeOverlap(partners), [partners]);
  const shown = useMemo(() => filterOverlapPartners(partners, filter), [partners, filter]);
  const result = useMemo(() => computeOverlap(shown), [shown]);

  const heading = (
    <ScreenHeading
      title="Overlap"
      question="Which partners play several roles, and where are the gaps?"
      action={status === 'ready' && everyone.typesInUse >= 2 && <ExportMenu />}
    />
  );

  if (status === 'error') {
    return (
      <ScreenLoadError
        heading={heading}
        title="The overlap could not be loaded"
        message={error}
        onRetry={() => void load()}
      />
    );
  }
  if (status !== 'ready') return <Loading label="Loading the overlap" />;
  if (everyone.typesInUse < 2) {
    const onlyType =
      everyone.typesInUse === 1
        ? (partnershipTypes.find((_, i) => everyone.matrix[i]![i]! > 0) ?? null)
        : null;
    return (
      <Stack>
        {heading}
        <EmptyOverlap partners={partners.length} onlyType={onlyType} />
      </Stack>
    );
  }

  const selectionIn = (section: OverlapSection): OverlapSelection | null =>
    chosen?.section === section ? chosen.selection : null;
  const panel = (section: OverlapSection) => {
    const s = selectionIn(section);
    return s ? <SelectionPanel partners={shown} selection={s} /> : null;
  };
  const filtered = isOverlapFilterActive(filter);

  return (
    <Stack gap="md">
      {heading}
      <OverlapFilters shown={shown.length} />
      {shown.length === 0 ? (
        <section className={classes.section}>
          <Text fw={600}>No partner matches these filters.</Text>
          <Button mt="sm" variant="light" onClick={clearFilter}>
            Clear filters
          </Button>
        </section>
      ) : (
        <>
          <Section
            id="overlap-roles"
            title="Roles per partner"
            intro="Choose a number, a cell or a bar anywhere on this page to list its partners."
          >
            <RoleCounts
              result={result}
              selection={selectionIn('roles')}
              onSelect={(s) => select('roles', s)}
            />
          </Section>
          {panel('roles')}
          <Section
            id="overlap-types"
            title="Types that go together"
            intro="How many partners have both types. The grey diagonal counts the partners with each type. Arrow keys move between cells."
          >
            <TypeMatrix
              result={result}
              selection={selectionIn('types')}
              onSelect={(s) => select('types', s)}
            />
          </Section>
          {panel('types')}
          <Section
            id="overlap-combinations"
            title="Combinations partners actually have"
            intro="Each distinct set of types, with how many partners have exactly that set; the dots show the types in the order of the matrix rows."
          >
            <Combinations
              result={result}
              selection={selectionIn('combinations')}
              onSelect={(s) => select('combinations', s)}
            />
          </Section>
          {panel('combinations')}
          <Section
            id="overlap-groups"
            title="Stakeholder groups and types"
            intro="Which kinds of organisation give which kinds of cooperation. Empty cells are gaps."
          >
            <GroupMatrix
              result={result}
              filtered={filtered}
              groupFilter={filter.groups}
              selection={selectionIn('groups')}
              onSelect={(s) => select('groups', s)}
            />
          </Section>
          {panel('groups')}
        </>
      )}
    </Stack>
  );
}
