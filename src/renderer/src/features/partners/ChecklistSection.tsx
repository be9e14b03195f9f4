import { Accordion, Checkbox, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useState } from 'react';
import { phaseChecklists } from '../../../../shared/checklists';
import { type Phase, phaseLabels, phases } from '../../../../shared/domain';
import type { PartnerDetail } from '../../../../shared/partner';
import { useStore } from '../../store';

/**
 * The key actions of the partner's current phase, ticked as they are done, and what was ticked
 * in the other phases underneath, folded away.
 */
export function ChecklistSection({ detail }: { detail: PartnerDetail }) {
  const phase = detail.partner.phase;
  const headingId = useId();
  const current = phases.indexOf(phase);
  const others = phases.filter(
    (p, i) => p !== phase && (i < current || (detail.checklist[p]?.length ?? 0) > 0),
  );
  const { done, total } = progress(detail, phase);

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId}>
        Key actions: {phaseLabels[phase]}
      </Title>
      <Group gap="sm" wrap="nowrap">
        <Progress
          value={total === 0 ? 0 : (done / total) * 100}
          aria-label={`Key actions of ${phaseLabels[phase]} done`}
          style={{ flex: 1 }}
          color="teal"
        />
        <Text size="sm" fw={500} aria-live="polite" style={{ whiteSpace: 'nowrap' }}>
          {done} of {total} done
        </Text>
      </Group>
      <ChecklistItems detail={detail} phase={phase} />
      <Text size="sm" c="dimmed">
        These actions are a guide, not a gate: you can move the partner on with some left unticked.
      </Text>
      {others.length > 0 && (
        <Accordion
          variant="contained"
          multiple
          chevronPosition="left"
          styles={{ label: { fontSize: 'var(--mantine-font-size-sm)' } }}
        >
          {others.map((p) => {
            const other = progress(detail, p);
            return (
              <Accordion.Item key={p} value={p}>
                <Accordion.Control>
                  {phaseLabels[p]}: {other.done} of {other.total} done
                </Accordion.Control>
                <Accordion.Panel>
                  <ChecklistItems detail={detail} phase={p} />
                </Accordion.Panel>
              </Accordion.Item>
            );
          })}
        </Accordion>
      )}
    </Stack>
  );
}

function progress(detail: PartnerDetail, phase: Phase): { done: number; total: number } {
  const ticked = new Set(detail.checklist[phase] ?? []);
  const actions = phaseChecklists[phase];
  return { done: actions.filter((a) => ticked.has(a.key)).length, total: actions.length };
}

function ChecklistItems({ detail, phase }: { detail: PartnerDetail; phase: Phase }) {
  const setChecklistItem = useStore((s) => s.setChecklistItem);
  /** Ticks shown at once while the backend stores them. */
  const [pending, setPending] = useState<Record<string, boolean>>({});
  const ticked = new Set(detail.checklist[phase] ?? []);

  const toggle = async (key: string, done: boolean) => {
    setPending((p) => ({ ...p, [key]: done }));
    const result = await setChecklistItem(phase, key, done);
    setPending(({ [key]: _, ...rest }) => rest);
    if (!result.ok)
      notifications.show({ color: 'red', title: 'Not saved', message: result.error.message });
  };

  return (
    <Stack gap="xs">
      {phaseChecklists[phase].map((action) => (
        <Checkbox
          key={action.key}
          label={action.label}
          checked={pending[action.key] ?? ticked.has(action.key)}
          onChange={(e) => void toggle(action.key, e.currentTarget.checked)}
        />
      ))}
    </Stack>
  );
}
