import { Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { memo, useEffect, useState } from 'react';
import type { CheckInItem, FollowUpItem } from '../../../../shared/today/rules';
import { useStore } from '../../store';
import { formatLongDay } from '../board/dates';
import { Loading } from '../shell/LoadState';
import { ScreenLoadError } from '../shell/ScreenHeading';
import { SnoozeMenu } from './SnoozeMenu';
import { TodayItemRow } from './TodayItemRow';
import { TodaySection } from './TodaySection';
import {
  agreementReason,
  checkInReason,
  followUpReason,
  stalledReason,
  summaryLine,
} from './wording';

/** "What should I do today?": follow-ups, agreements, stalled partnerships and check-ins. */
export function TodayScreen() {
  const list = useStore((s) => s.todayList);
  const status = useStore((s) => s.todayStatus);
  const error = useStore((s) => s.todayError);
  const loadToday = useStore((s) => s.loadToday);
  const drawerOpen = useStore((s) => s.detailId !== null);

  // Fresh on every visit, and again when the partner view closes: what was done there shows.
  useEffect(() => {
    if (!drawerOpen) void loadToday({ quiet: true });
  }, [drawerOpen, loadToday]);

  const heading = (
    <Title order={1} size="h2">
      Today
    </Title>
  );
  if (status === 'error' && !list) {
    return (
      <ScreenLoadError
        heading={heading}
        title="Today's list could not be loaded"
        message={error}
        onRetry={() => void loadToday()}
      />
    );
  }
  if (!list) return <Loading label="Loading today's list" />;

  const summary = summaryLine(list.summary);
  const empty = Object.values(list.totals).every((n) => n === 0);

  return (
    <Stack gap="lg" maw={960}>
      <div>
        {heading}
        <Text c="dimmed">{formatLongDay(list.today)}</Text>
        {summary && (
          <Text fw={600} mt="xs" role="status">
            {summary}
          </Text>
        )}
      </div>
      {empty ? (
        <NothingToday />
      ) : (
        <>
          <TodaySection
            section="followUps"
            title="Follow-ups"
            hint="Next steps from the logbook that are due today or overdue."
            items={list.followUps}
            total={list.totals.followUps}
            render={(item) => (
              <FollowUpRow key={item.interactionId} item={item} today={list.today} />
            )}
          />
          <TodaySection
            section="agreements"
            title="Agreements"
            hint="Agreements ending within 60 days or already past their end, and agreements sent more than 30 days ago and not signed yet."
            items={list.agreements}
            total={list.totals.agreements}
            render={(item) => (
              <TodayItemRow
                key={item.agreementId}
                partnerId={item.partnerId}
                partnerName={item.partnerName}
                reason={agreementReason(item)}
                tone={item.reason === 'expired' ? 'overdue' : 'due'}
              />
            )}
          />
          <TodaySection
            section="stalled"
            title="Stalled partnerships"
            hint="Partners longer in their phase than its limit (Settings). Move them on, or note why they wait."
            items={list.stalled}
            total={list.totals.stalled}
            render={(item) => (
              <TodayItemRow
                key={item.partnerId}
                partnerId={item.partnerId}
                partnerName={item.partnerName}
                reason={stalledReason(item)}
                tone="info"
              />
            )}
          />
          <TodaySection
            section="checkIns"
            title="Check-ins"
            hint="Partnerships in Maintenance & growth that are due a check-in. Logging any interaction counts."
            items={list.checkIns}
            total={list.totals.checkIns}
            render={(item) => <CheckInRow key={item.partnerId} item={item} />}
          />
        </>
      )}
    </Stack>
  );
}

/*
 * Rows are memoised: a long list is drawn in batches, and each batch then draws only its own rows.
 */
const CheckInRow = memo(function CheckInRow({ item }: { item: CheckInItem }) {
  const openToLog = useStore((s) => s.openToLog);
  return (
    <TodayItemRow
      partnerId={item.partnerId}
      partnerName={item.partnerName}
      reason={checkInReason(item)}
      tone={item.daysOverdue > 0 ? 'overdue' : 'due'}
    >
      <Button
        size="compact-sm"
        variant="light"
        onClick={() =>
          openToLog({ partnerId: item.partnerId, kind: 'call', summary: 'Check-in: ' })
        }
      >
        Log interaction
      </Button>
    </TodayItemRow>
  );
});

const FollowUpRow = memo(function FollowUpRow({
  item,
  today,
}: {
  item: FollowUpItem;
  today: string;
}) {
  const markDone = useStore((s) => s.markFollowUpDone);
  const openToLog = useStore((s) => s.openToLog);
  const [busy, setBusy] = useState(false);
  const done = async () => {
    setBusy(true);
    const result = await markDone(item.partnerId, item.interactionId);
    setBusy(false);
    if (!result.ok) {
      notifications.show({ color: 'red', title: 'Not saved', message: result.error.message });
    }
  };
  return (
    <TodayItemRow
      partnerId={item.partnerId}
      partnerName={item.partnerName}
      reason={followUpReason(item)}
      tone={item.daysOverdue > 0 ? 'overdue' : 'due'}
    >
      <Button size="compact-sm" variant="light" loading={busy} onClick={() => void done()}>
        Done
      </Button>
      <SnoozeMenu
        partnerId={item.partnerId}
        interactionId={item.interactionId}
        today={today}
        what={item.nextStep}
      />
      <Button
        size="compact-sm"
        variant="default"
        onClick={() =>
          openToLog({ partnerId: item.partnerId, kind: 'email', summary: item.nextStep })
        }
      >
        Log interaction
      </Button>
    </TodayItemRow>
  );
});

/** The empty state: nothing to do, and what would show up here. */
function NothingToday() {
  const navigate = useStore((s) => s.navigate);
  return (
    <Paper withBorder p="lg">
      <Title order={2} size="h4">
        Nothing needs you today
      </Title>
      <Text size="sm" mt="xs">
        This page lists what to do next, as it comes up:
      </Text>
      <List size="sm" mt="xs" spacing={4}>
        <List.Item>
          next steps from the logbook on their due day, and when they are overdue;
        </List.Item>
        <List.Item>
          agreements that end within 60 days, and ones sent but not signed after 30 days;
        </List.Item>
        <List.Item>partners longer in a phase than its limit;</List.Item>
        <List.Item>partnerships in Maintenance & growth that are due a check-in.</List.Item>
      </List>
      <Group mt="md" gap="sm">
        <Button variant="light" onClick={() => navigate('board')}>
          Open the board
        </Button>
        <Button variant="default" onClick={() => navigate('settings')}>
          Change the limits
        </Button>
      </Group>
    </Paper>
  );
}
