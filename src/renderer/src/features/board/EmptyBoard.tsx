import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
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
  const navigate = useStore((s) => s.navigate);
  const institution = useStore((s) => s.institution);
  const institutionStatus = useStore((s) => s.institutionStatus);
  const loadInstitution = useStore((s) => s.loadInstitution);
  useEffect(() => {
    if (institutionStatus === 'idle') void loadInstitution();
  }, [institutionStatus, loadInstitution]);
  const profileMissing = institutionStatus === 'ready' && institution === null;
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
        <Group gap="lg">
          <Button leftSection={<PlusIcon size={16} />} onClick={openCreatePartner}>
            Add your first partner
          </Button>
          {profileMissing && (
            <Text size="sm">
              Also worth doing first:{' '}
              <Anchor component="button" type="button" onClick={() => navigate('institution')}>
                fill in your institution profile
              </Anchor>
              , which every document draws on.
            </Text>
          )}
        </Group>
      </Stack>
    </section>
  );
}
