import '@mantine/charts/styles.css';
import { Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { type FunnelResult, computeFunnel } from '../../../../shared/activity/compute';
import { matchesActivityFilter } from '../../../../shared/activity/facts';
import {
  activityTableRows,
  activityTableTitles,
  percentText,
  reachedHeader,
} from '../../../../shared/activity/tables';
import { phaseLabels } from '../../../../shared/domain';
import { useStore } from '../../store';
import { plural } from '../partners/format';
import { Loading } from '../shell/LoadState';
import { ScreenHeading, ScreenLoadError } from '../shell/ScreenHeading';
import classes from './activity.module.css';
import { ActivityFilters } from './ActivityFilters';
import { DaysChart, MovesChart, PhaseChart } from './ActivityCharts';
import { AnnualReportDialog } from './AnnualReportDialog';
import { ChartSection } from './ChartSection';
import { StatsTable } from './StatsTable';

/** What the median leaves out: the stays still running. */
function stillRunning(result: FunnelResult): string {
  const running = result.stays
    .filter((s) => s.current > 0)
    .map((s) => `${s.current} in ${phaseLabels[s.phase]}`);
  return `Completed stays only, over all time. Stays still running are not counted${
    running.length > 0 ? ` (partners now ${running.join(', ')})` : ''
  }.`;
}

/** A share column: the percentage as text, with a bar for sight. */
function shareCell(value: string | number) {
  if (value === '') return '–';
  return (
    <Group gap="xs" justify="flex-end" wrap="nowrap">
      <span className={classes.shareBar} aria-hidden style={{ width: 48 }}>
        <span style={{ width: `${value}%` }} />
      </span>
      <span style={{ minWidth: '4ch' }}>{Math.round(Number(value))}%</span>
    </Group>
  );
}

/**
 * How the partnership work moves: where partners are now, the moves of the last twelve
 * months, how long stays in each phase last and who reached a working partnership. Also the
 * annual report.
 */
export default function ActivityScreen() {
  const status = useStore((s) => s.activityStatus);
  const error = useStore((s) => s.activityError);
  const facts = useStore((s) => s.activityFacts);
  const filter = useStore((s) => s.activityFilter);
  const load = useStore((s) => s.loadActivity);
  const navigate = useStore((s) => s.navigate);
  const [reportOpen, setReportOpen] = useState(false);

  // Fresh on every visit, and again whenever a partner changes meanwhile.
  const cards = useStore((s) => s.cardsById);
  useEffect(() => {
    void load();
  }, [load, cards]);

  const result = useMemo(
    () => (facts ? computeFunnel(facts, new Date(facts.now), filter) : null),
    [facts, filter],
  );
  const shown = useMemo(
    () => (facts ? facts.partners.filter((p) => matchesActivityFilter(p, filter)).length : 0),
    [facts, filter],
  );

  const heading = (
    <ScreenHeading
      title="Activity"
      question="How are partnerships moving, and how many become real collaborations?"
      action={
        status === 'ready' && (
          <Button variant="default" onClick={() => setReportOpen(true)}>
            Annual report…
          </Button>
        )
      }
    />
  );

  if (status === 'error') {
    return (
      <ScreenLoadError
        heading={heading}
        title="The activity could not be loaded"
        message={error}
        onRetry={() => void load()}
      />
    );
  }
  if (status !== 'ready' || !facts || !result) return <Loading label="Loading the activity" />;

  const dialog = (
    <AnnualReportDialog
      opened={reportOpen}
      onClose={() => setReportOpen(false)}
      now={facts.now}
      firstYear={facts.partners.reduce(
        (year, p) => Math.min(year, new Date(p.createdAt).getFullYear()),
        new Date(facts.now).getFullYear(),
      )}
    />
  );

  if (facts.partners.length === 0) {
    return (
      <Stack>
        {heading}
        <section className={classes.section} aria-labelledby="activity-empty">
          <Title order={2} size="h3" id="activity-empty">
            No partners yet
          </Title>
          <Text mt="xs" maw={720}>
            This view counts how partners move through the five phases, how long each phase takes
            and how many partnerships reach Collaboration setup. Add partners on the board and move
            them as the work goes on.
          </Text>
          <Button mt="sm" onClick={() => navigate('board')}>
            Go to the board
          </Button>
        </section>
        {dialog}
      </Stack>
    );
  }

  const rows = (t: Parameters<typeof activityTableRows>[1]) => activityTableRows(result, t);
  const share = (column: number, value: string | number) =>
    column === 3 ? shareCell(value) : value;

  return (
    <Stack gap="md">
      {heading}
      <ActivityFilters shown={shown} total={facts.partners.length} />
      {shown === 0 ? (
        <section className={classes.section}>
          <Text fw={600}>No partner matches these filters.</Text>
        </section>
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            <ChartSection
              table="phases"
              intro="Active partners in each phase today, as on the board."
              chart={<PhaseChart result={result} />}
              note={
                result.archived > 0
                  ? `${plural(result.archived, 'archived partner is', 'archived partners are')} not counted here; their history counts below.`
                  : undefined
              }
            >
              <StatsTable caption={activityTableTitles.phases} rows={rows('phases')} />
            </ChartSection>
            <ChartSection
              table="stays"
              intro="Median days from entering a phase to leaving it."
              chart={<DaysChart result={result} />}
              note={stillRunning(result)}
            >
              <StatsTable
                caption={activityTableTitles.stays}
                rows={rows('stays')}
                cell={(column, value) => (column === 2 && value === '' ? '–' : value)}
              />
            </ChartSection>
          </SimpleGrid>
          <ChartSection
            table="months"
            intro={`Phase changes in the last twelve months, by the phase moved to: ${plural(result.movesInWindow, 'move')} in all.`}
            chart={<MovesChart result={result} />}
          >
            <StatsTable caption={activityTableTitles.months} rows={rows('months')} nowrapRows />
          </ChartSection>
          <Text size="sm" fw={600}>
            {`${result.reached.reached} of ${plural(result.reached.partners, 'partner')} (${percentText(result.reached)}) reached Collaboration setup or Maintenance & growth at some point.`}
          </Text>
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            <ChartSection
              table="byType"
              intro={`${reachedHeader}: partners that ever entered Collaboration setup. A partner with several types counts in each.`}
            >
              <StatsTable caption={activityTableTitles.byType} rows={rows('byType')} cell={share} />
            </ChartSection>
            <ChartSection
              table="byGroup"
              intro={`${reachedHeader}: partners that ever entered Collaboration setup, by kind of organisation.`}
            >
              <StatsTable
                caption={activityTableTitles.byGroup}
                rows={rows('byGroup')}
                cell={share}
              />
            </ChartSection>
          </SimpleGrid>
        </>
      )}
      {dialog}
    </Stack>
  );
}
