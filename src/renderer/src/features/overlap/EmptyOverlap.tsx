import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { partnershipTypeLabels, type PartnershipType } from '../../../../shared/domain';
import { useStore } from '../../store';
import classes from './overlap.module.css';

/**
 * Before there is anything to overlap: no partners, or all of them share a single type. Says
 * what the view will show and how to get there.
 */
export function EmptyOverlap({
  partners,
  onlyType,
}: {
  partners: number;
  /** The one type in use, if exactly one is. */
  onlyType: PartnershipType | null;
}) {
  const navigate = useStore((s) => s.navigate);
  const openCreatePartner = useStore((s) => s.openCreatePartner);
  return (
    <section className={classes.section} aria-labelledby="overlap-empty">
      <Stack gap="sm" maw={720}>
        <Title order={2} size="h3" id="overlap-empty">
          {partners === 0
            ? 'No partners to compare yet'
            : onlyType
              ? `So far every typed partner works with you on ${partnershipTypeLabels[onlyType]} only`
              : 'No partner has a partnership type yet'}
        </Title>
        <Text>
          One organisation often plays several roles at once: it trains your learners, takes
          apprentices, applies for funding with you and joins a quality scheme. This view shows
          which types go together, which exact combinations your partners have, and which kinds of
          organisation give which kinds of cooperation — and where the gaps are.
        </Text>
        <Text>
          {partners === 0
            ? 'Add partners on the board and tick every partnership type that applies to each.'
            : 'It needs partners with at least two different types. Open a partner on the board, choose Edit and tick every type that applies.'}
        </Text>
        <Group gap="sm">
          {partners === 0 && <Button onClick={openCreatePartner}>Add a partner</Button>}
          <Button variant={partners === 0 ? 'light' : 'filled'} onClick={() => navigate('board')}>
            Go to the board
          </Button>
        </Group>
      </Stack>
    </section>
  );
}
