import { Drawer, Stack, Tabs, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import type { PartnerDetail } from '../../../../shared/partner';
import { useStore } from '../../store';
import { DocumentsTab } from '../documents/DocumentsTab';
import { LoadError, Loading } from '../shell/LoadState';
import { ContactsTab } from './ContactsTab';
import { HistoryTab } from './HistoryTab';
import { LogbookTab } from './LogbookTab';
import { plural } from './format';
import { OverviewTab } from './OverviewTab';
import { PartnerHeader } from './PartnerHeader';

/**
 * Everything about one partner, on the right of the board. It reloads each time it opens, so
 * moves made on the board meanwhile are always shown.
 */
export function PartnerDetailDrawer() {
  const detailId = useStore((s) => s.detailId);
  const detail = useStore((s) => s.detail);
  const status = useStore((s) => s.detailStatus);
  const error = useStore((s) => s.detailError);
  const loadDetail = useStore((s) => s.loadDetail);
  const closePartner = useStore((s) => s.closePartner);
  // The edit form and confirmations above the drawer take Escape for themselves.
  const covered = useStore(
    (s) => s.editPartner !== null || s.nestedDialogs > 0 || s.exportTarget !== null,
  );

  useEffect(() => {
    // A partner just added arrives with its detail ('ready'); an opening asks the backend.
    if (detailId === null || useStore.getState().detailStatus === 'ready') return;
    void loadDetail().then((failure) => {
      if (failure?.code === 'not_found') {
        closePartner();
        notifications.show({
          color: 'orange',
          title: 'This partner no longer exists',
          message: 'It was deleted in the meantime.',
        });
      }
    });
  }, [detailId, loadDetail, closePartner]);

  const shown = detail && (detailId === null || detail.partner.id === detailId) ? detail : null;

  return (
    <Drawer
      opened={detailId !== null}
      onClose={closePartner}
      position="right"
      size="min(720px, 90vw)"
      closeOnEscape={!covered}
      title={shown ? <span dir="auto">{shown.partner.name}</span> : 'Partner'}
      closeButtonProps={{ 'aria-label': 'Close the partner view' }}
      styles={{ title: { fontSize: 'var(--mantine-h3-font-size)', fontWeight: 650 } }}
    >
      {shown ? (
        <DetailBody key={shown.partner.id} detail={shown} />
      ) : status === 'error' && error ? (
        <LoadError
          title="This partner could not be loaded"
          message={error.message}
          onRetry={() => void loadDetail()}
        />
      ) : (
        <Loading label="Loading the partner" />
      )}
    </Drawer>
  );
}

function DetailBody({ detail }: { detail: PartnerDetail }) {
  const open = detail.interactions.filter((i) => i.dueOn !== null && i.doneAt === null).length;
  // "Log interaction" on the Today view opens the partner on its logbook.
  const toLog = useStore((s) => s.logRequest?.partnerId === detail.partner.id);
  return (
    <Stack gap="md">
      <PartnerHeader partner={detail.partner} />
      <Tabs defaultValue={toLog ? 'logbook' : 'overview'} keepMounted>
        <Tabs.List>
          <Tabs.Tab value="overview">Overview</Tabs.Tab>
          <Tabs.Tab value="logbook">
            Logbook{' '}
            <Text span size="xs" c="dimmed">
              ({detail.interactions.length}
              {open > 0 ? `, ${open} open` : ''})
            </Text>
          </Tabs.Tab>
          <Tabs.Tab value="contacts">
            Contacts{' '}
            <Text span size="xs" c="dimmed">
              ({detail.contacts.length})
            </Text>
          </Tabs.Tab>
          <Tabs.Tab value="documents">
            Documents{' '}
            {detail.agreements.length > 0 && (
              <Text span size="xs" c="dimmed">
                ({plural(detail.agreements.length, 'agreement')})
              </Text>
            )}
          </Tabs.Tab>
          <Tabs.Tab value="history">History</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <OverviewTab detail={detail} />
        </Tabs.Panel>
        <Tabs.Panel value="logbook" pt="md">
          <LogbookTab detail={detail} />
        </Tabs.Panel>
        <Tabs.Panel value="contacts" pt="md">
          <ContactsTab contacts={detail.contacts} />
        </Tabs.Panel>
        <Tabs.Panel value="documents" pt="md">
          <DocumentsTab partnerId={detail.partner.id} agreements={detail.agreements} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <HistoryTab partner={detail.partner} history={detail.history} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
