import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import {
  partnershipTypeLabels,
  phaseLabels,
  stakeholderGroupLabels,
} from '../../../../shared/domain';
import type { Partner } from '../../../../shared/partner';
import { useStore } from '../../store';
import { typeColors } from '../board/typeColors';
import { archiveWithUndo } from './archiveWithUndo';
import { daysInPhase, localIsoDate } from '../board/dates';
import { plural } from './format';
import { phaseColors } from './partnerOptions';

/** Where the partner stands, what kind it is, its links, and Edit / Archive. */
export function PartnerHeader({ partner }: { partner: Partner }) {
  const openEditPartner = useStore((s) => s.openEditPartner);
  const openExport = useStore((s) => s.openExport);
  const [archiving, setArchiving] = useState(false);
  const days = daysInPhase(partner.phaseEnteredAt, localIsoDate());

  const archive = async () => {
    setArchiving(true);
    await archiveWithUndo(partner.id, partner.name, partner.phase);
    setArchiving(false);
  };

  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="wrap">
        <PhaseBadge phase={partner.phase} />
        <Text size="sm" c="dimmed">
          {days === 0
            ? `In ${phaseLabels[partner.phase]} since today`
            : `${plural(days, 'day')} in ${phaseLabels[partner.phase]}`}
        </Text>
        {partner.stakeholderGroup && (
          <Text size="sm">· {stakeholderGroupLabels[partner.stakeholderGroup]}</Text>
        )}
      </Group>
      {partner.types.length > 0 && (
        <Group gap={6} aria-label="Partnership types" role="list">
          {partner.types.map((t) => (
            <Badge
              key={t}
              role="listitem"
              variant="outline"
              tt="none"
              fw={600}
              c="dark.7"
              bg={`${typeColors[t]}.1`}
              style={{ borderColor: `var(--mantine-color-${typeColors[t]}-4)` }}
            >
              {partnershipTypeLabels[t]}
            </Badge>
          ))}
        </Group>
      )}
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Group gap="md">
          {partner.website && (
            <Anchor href={partner.website} target="_blank" rel="noopener noreferrer" size="sm">
              {hostOf(partner.website)}
            </Anchor>
          )}
          {partner.linkedin && (
            <Anchor href={partner.linkedin} target="_blank" rel="noopener noreferrer" size="sm">
              LinkedIn
            </Anchor>
          )}
        </Group>
        <Group gap="xs">
          <Button size="sm" onClick={() => openExport(partner.id)}>
            Create document…
          </Button>
          <Button variant="default" size="sm" onClick={() => openEditPartner(partner)}>
            Edit
          </Button>
          <Button
            variant="default"
            size="sm"
            loading={archiving}
            onClick={() => void archive()}
            title="Takes it off the board; you can restore it from the Archive"
          >
            Archive
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}

/** "www.example.eu" for a link's text; the full address is in the link itself. */
function hostOf(address: string): string {
  try {
    return new URL(address).hostname;
  } catch {
    return address;
  }
}

function PhaseBadge({ phase }: { phase: Partner['phase'] }) {
  const color = phaseColors[phase];
  return (
    <Badge variant="light" color={color} c={`${color}.9`} tt="none" size="lg">
      {phaseLabels[phase]}
    </Badge>
  );
}
