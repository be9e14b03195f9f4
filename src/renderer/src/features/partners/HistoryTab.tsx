import { Text, Timeline, Title } from '@mantine/core';
import { useId } from 'react';
import { phaseLabels, phases } from '../../../../shared/domain';
import type { Partner, PhaseHistoryEntry } from '../../../../shared/partner';
import { formatTimestamp } from '../board/dates';
import { durationText } from './format';
import { appNow } from '../../appNow';

function entryTitle(e: PhaseHistoryEntry): string {
  if (e.fromPhase === null) return `Added in ${phaseLabels[e.toPhase]}`;
  const back = phases.indexOf(e.toPhase) < phases.indexOf(e.fromPhase);
  return `Moved ${back ? 'back ' : ''}from ${phaseLabels[e.fromPhase]} to ${phaseLabels[e.toPhase]}`;
}

/** Every move through the phases, oldest first, with how long the partner stayed in each. */
export function HistoryTab({
  partner,
  history,
}: {
  partner: Partner;
  history: PhaseHistoryEntry[];
}) {
  const headingId = useId();
  const now = appNow().toISOString();
  return (
    <section aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId} mb="md">
        Phase history
      </Title>
      {history.length === 0 ? (
        <Text size="sm" c="dimmed">
          No moves recorded yet.
        </Text>
      ) : (
        <Timeline active={history.length - 1} bulletSize={14} lineWidth={2} color="indigo">
          {history.map((e, index) => {
            const next = history[index + 1];
            const last = next === undefined;
            const stay = durationText(e.movedAt, next?.movedAt ?? now);
            return (
              <Timeline.Item key={e.id} title={entryTitle(e)}>
                <Text size="sm" c="dimmed">
                  {formatTimestamp(e.movedAt, e.fromPhase !== null)}
                </Text>
                <Text size="sm" mt={2}>
                  {last && !partner.archivedAt
                    ? `In ${phaseLabels[e.toPhase]} for ${stay} so far`
                    : `${stay} in ${phaseLabels[e.toPhase]}`}
                </Text>
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </section>
  );
}
