import { Anchor, CloseButton, Group, List, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { partnershipTypeLabels, type PartnershipType } from '../../../../shared/domain';
import { suggestionRule } from '../../../../shared/overlap/suggestions';
import type { Partner } from '../../../../shared/partner';
import { useStore } from '../../store';
import { notifyFailure } from './notifyFailure';

/**
 * Ideas for growing the partnership, in the partner's Overview: types that partners of the
 * same stakeholder group commonly have and this one lacks. Each can be dismissed for good
 * (and all brought back).
 */
export function PartnerSuggestions({ partner }: { partner: Partner }) {
  const list = useStore((s) => (s.suggestions?.partnerId === partner.id ? s.suggestions : null));
  const error = useStore((s) => s.suggestionsError);
  const load = useStore((s) => s.loadSuggestions);
  const dismiss = useStore((s) => s.dismissSuggestion);
  const restore = useStore((s) => s.restoreSuggestions);
  const typesKey = partner.types.join(',');

  // Again whenever the partner's group or types change (an edit in the form).
  useEffect(() => {
    void load(partner.id);
  }, [load, partner.id, partner.stakeholderGroup, typesKey]);

  async function onDismiss(type: PartnershipType) {
    const result = await dismiss(partner.id, type);
    if (!result.ok) {
      notifyFailure('The idea was not dismissed', result.error.message);
    }
  }

  if (!list) {
    return error ? (
      <Text size="sm" c="red.9">
        {error}
      </Text>
    ) : null;
  }
  const { suggestions, dismissed } = list;
  if (suggestions.length === 0 && dismissed === 0) return null;

  return (
    <section aria-labelledby="partner-ideas">
      <Stack gap={6}>
        <Title order={3} size="h5" id="partner-ideas">
          Ideas for growing this partnership
        </Title>
        <Text size="xs" c="dimmed">
          {suggestionRule.explanation}
        </Text>
        {suggestions.length > 0 ? (
          <List spacing={4} size="sm" listStyleType="none" ml={0} pl={0}>
            {suggestions.map((s) => (
              <List.Item key={s.type}>
                <Group gap="xs" wrap="nowrap" justify="space-between">
                  <Text size="sm">
                    <Text span fw={650} size="sm">
                      {partnershipTypeLabels[s.type]}:
                    </Text>{' '}
                    {s.text}.
                  </Text>
                  <CloseButton
                    size="sm"
                    aria-label={`Dismiss the idea ${partnershipTypeLabels[s.type]}`}
                    title="Dismiss this idea"
                    onClick={() => void onDismiss(s.type)}
                  />
                </Group>
              </List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed">
            No other ideas for now.
          </Text>
        )}
        {dismissed > 0 && (
          <Anchor
            component="button"
            type="button"
            size="xs"
            ta="left"
            onClick={() => void restore(partner.id)}
          >
            Bring back {dismissed === 1 ? 'the dismissed idea' : `${dismissed} dismissed ideas`}
          </Anchor>
        )}
      </Stack>
    </section>
  );
}
