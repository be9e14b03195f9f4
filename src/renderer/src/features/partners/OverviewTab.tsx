import { Badge, Box, Divider, Group, Spoiler, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { organisationSizeLabels, partnerSourceLabels } from '../../../../shared/domain';
import type { PartnerDetail } from '../../../../shared/partner';
import { ChecklistSection } from './ChecklistSection';
import { formatTimestamp } from '../board/dates';
import { PartnerSuggestions } from '../overlap/PartnerSuggestions';

const notRecorded = (
  <Text span size="sm" c="dimmed">
    Not recorded
  </Text>
);

function Field({
  label,
  children,
  wide = false,
}: {
  label: string;
  children: ReactNode;
  wide?: boolean;
}) {
  return (
    <div style={wide ? { gridColumn: '1 / -1' } : undefined}>
      <Text component="dt" size="xs" fw={600} c="dimmed" tt="uppercase">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} mt={2}>
        {children}
      </Text>
    </div>
  );
}

/** The partner's recorded facts and the key actions of its phase. */
export function OverviewTab({ detail }: { detail: PartnerDetail }) {
  const p = detail.partner;
  const location = [p.address, p.city, p.region, p.country].filter((s) => s !== '').join(', ');
  return (
    <Stack gap="lg">
      <Box
        component="dl"
        m={0}
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
          gap: 'var(--mantine-spacing-md)',
        }}
      >
        <Field label="Sector">{p.sector ? <span dir="auto">{p.sector}</span> : notRecorded}</Field>
        <Field label="Address">{location ? <span dir="auto">{location}</span> : notRecorded}</Field>
        <Field label="Found through">
          {p.source ? partnerSourceLabels[p.source] : notRecorded}
        </Field>
        <Field label="Size">{p.size ? organisationSizeLabels[p.size] : notRecorded}</Field>
        <Field label="Added">{formatTimestamp(p.createdAt)}</Field>
        <Field label="Tags">
          {p.tags.length > 0 ? (
            <Group gap={6} component="span">
              {p.tags.map((tag) => (
                <Badge key={tag} variant="outline" color="gray" c="gray.8" tt="none" dir="auto">
                  {tag}
                </Badge>
              ))}
            </Group>
          ) : (
            notRecorded
          )}
        </Field>
        <Field label="Notes" wide>
          {p.notes ? (
            <Spoiler
              maxHeight={190}
              showLabel="Show all notes"
              hideLabel="Show less"
              component="span"
              display="block"
            >
              <span dir="auto" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {p.notes}
              </span>
            </Spoiler>
          ) : (
            notRecorded
          )}
        </Field>
      </Box>
      <PartnerSuggestions partner={p} />
      <Divider />
      <ChecklistSection detail={detail} />
    </Stack>
  );
}
