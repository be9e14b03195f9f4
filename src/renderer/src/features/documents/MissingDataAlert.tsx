import { Alert, Anchor, Button, Group, List, Text } from '@mantine/core';
import type { MissingField } from '../../../../shared/documents';
import type { Partner } from '../../../../shared/partner';
import { useStore } from '../../store';
import { focusField } from './formPaths';

/** Fields filled from the institution profile, in any template. */
const institutionFields =
  /^(institution\.|organisation$|address$|whoWeAre$|whatWeOffer$|whatWeLookFor$|whyPartner$|institutionName$|senderEmail$|senderPhone$|email$|phone$|website$)/;
/** Fields filled from the partner and its contacts. */
const partnerFields = /^(partner\.|partnerName$|recipientName$|recipientEmail$)/;

/**
 * What is still missing, before anything is exported: each message jumps to its field, and
 * where the value belongs in the profile or the partner's record (its details and contacts),
 * a button leads there.
 */
export function MissingDataAlert({
  missing,
  formId,
  partner,
  onLeave,
}: {
  missing: MissingField[];
  formId: string;
  partner: Partner;
  onLeave: () => void;
}) {
  const navigate = useStore((s) => s.navigate);
  const closePartner = useStore((s) => s.closePartner);
  const openPartner = useStore((s) => s.openPartner);
  if (missing.length === 0) return null;
  const fromInstitution = missing.some((m) => institutionFields.test(m.field));
  const fromPartner = missing.some((m) => partnerFields.test(m.field));
  const focus = (field: string) => focusField(formId, field);
  return (
    <Alert
      color="orange"
      title="Missing before export"
      role="status"
      // Orange 9 on the alert's own background reads at 3.6:1; this darker orange keeps AA.
      styles={{ title: { color: '#9c3408' } }}
    >
      <List size="sm" spacing={2}>
        {missing.map((m) => (
          <List.Item key={m.field}>
            <Anchor
              component="button"
              type="button"
              size="sm"
              ta="left"
              style={{ verticalAlign: 'top' }}
              onClick={() => focus(m.field)}
            >
              {m.message}
            </Anchor>
          </List.Item>
        ))}
      </List>
      {(fromInstitution || fromPartner) && (
        <Group gap="xs" mt="sm">
          {fromInstitution && (
            <Button
              size="xs"
              variant="default"
              onClick={() => {
                onLeave();
                closePartner();
                navigate('institution');
              }}
            >
              Open the institution profile
            </Button>
          )}
          {fromPartner && (
            <Button
              size="xs"
              variant="default"
              onClick={() => {
                onLeave();
                openPartner(partner.id);
              }}
            >
              Open the partner
            </Button>
          )}
        </Group>
      )}
      <Text size="xs" c="dimmed" mt="xs">
        Or type the missing values straight into the form.
      </Text>
    </Alert>
  );
}
