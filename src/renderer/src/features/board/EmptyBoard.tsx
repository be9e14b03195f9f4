import { Button, Stack, Text, Title } from '@mantine/core';
import { type Phase, phaseLabels, phases } from '../../../../shared/domain';
import { useStore } from '../../store';
import classes from './board.module.css';
import { PlusIcon } from './icons';

const phaseIntro: Record<Phase, string> = {
  scouting: 'Spot organisations that fit your goals and note them as prospects.',
  first_contact: 'Reach out with a short, personal message and propose a first talk.',
  proposal: 'Agree on shared goals and who does what; decide on an MoU or Letter of Intent.',
  collaboration_setup: 'Sign the agreement, name contact people and start with a small activity.',
  maintenance_growth: 'Review progress together, share results and look for what comes next.',
};

/** The first visit: what the board is for, and the one thing to do now. */
export function EmptyBoard() {
  const openCreatePartner = useStore((s) => s.openCreatePartner);
  return (
    <section className={classes.welcome} aria-labelledby="board-welcome">
      <Stack gap="md">
        <div>
          <Title order={2} id="board-welcome" size="h3">
            Your partnerships, phase by phase
          </Title>
          <Text c="dimmed" mt={4}>
            Every partner organisation sits in one of five phases. Move a partner along as the
            relationship grows — it never “closes”, it lives on in Maintenance & growth.
          </Text>
        </div>
        <ol className={classes.phaseList}>
          {phases.map((p) => (
            <li key={p}>
              <Text fw={650} size="sm">
                {phaseLabels[p]}
              </Text>
              <Text size="sm" c="dimmed">
                {phaseIntro[p]}
              </Text>
            </li>
          ))}
        </ol>
        <div>
          <Button leftSection={<PlusIcon size={16} />} onClick={openCreatePartner}>
            Add your first partner
          </Button>
        </div>
      </Stack>
    </section>
  );
}
