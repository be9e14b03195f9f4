import { AppShell, Badge, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useStore } from '../../store';
import type { Screen } from '../../store/appSlice';

const screens: { id: Screen; label: string }[] = [
  { id: 'today', label: 'Today' },
  { id: 'board', label: 'Board' },
  { id: 'overlap', label: 'Overlap' },
  { id: 'activity', label: 'Activity' },
  { id: 'archive', label: 'Archive' },
  { id: 'data', label: 'Your data' },
  { id: 'institution', label: 'Institution profile' },
  { id: 'settings', label: 'Settings' },
];

/** Header, navigation and the status line that says where data and documents go. */
export function AppLayout({ children }: { children: ReactNode }) {
  const appInfo = useStore((s) => s.appInfo);
  const screen = useStore((s) => s.screen);
  const onNavigate = useStore((s) => s.navigate);
  const overdue = useStore((s) => s.todayList?.summary.overdue ?? 0);
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 200, breakpoint: 'xs' }}
      footer={{ height: 32 }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="lg" gap="xs">
          <img src="./logo.svg" alt="" width={28} height={28} />
          <Title order={2} size="h4" fw={700}>
            Partnerloom
          </Title>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Main">
        <Stack gap={4}>
          {screens.map((s) => (
            <NavLink
              key={s.id}
              component="button"
              type="button"
              label={s.label}
              active={s.id === screen}
              aria-current={s.id === screen ? 'page' : undefined}
              onClick={() => onNavigate(s.id)}
              // The count is in the window title for screen readers; here it is a visual cue.
              rightSection={
                s.id === 'today' && overdue > 0 ? (
                  <Badge size="sm" color="red" bg="red.9" variant="filled" aria-hidden>
                    {overdue.toLocaleString()}
                  </Badge>
                ) : undefined
              }
            />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
      <AppShell.Footer px="lg">
        <Group h="100%" gap="lg" wrap="nowrap">
          {appInfo && (
            <>
              <Text size="xs" c="dimmed" truncate="end">
                Data folder: {appInfo.dataDir}
              </Text>
              {appInfo.mode === 'browser' && appInfo.exportsDir && (
                <Text size="xs" c="dimmed" truncate="end">
                  Browser mode · documents are saved to {appInfo.exportsDir}
                </Text>
              )}
              <Text size="xs" c="dimmed" ml="auto">
                v{appInfo.version}
              </Text>
            </>
          )}
        </Group>
      </AppShell.Footer>
    </AppShell>
  );
}
