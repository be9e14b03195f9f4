import { announce } from '@atlaskit/pragmatic-drag-and-drop-live-region';
import { useHotkeys } from '@mantine/hooks';
import { useEffect } from 'react';
import { BoardScreen } from './features/board/BoardScreen';
import { showPendingNotice } from './features/data/restoreNotice';
import { reportUndone } from './features/board/moveWithFeedback';
import { PartnerDetailDrawer } from './features/partners/PartnerDetailDrawer';
import { PartnerFormModal } from './features/partners/PartnerFormModal';
import { AppLayout } from './features/shell/AppLayout';
import {
  ActivityScreen,
  ArchiveScreen,
  DataScreen,
  ExportDocumentModal,
  InstitutionProfileScreen,
  LazyScreen,
  OverlapScreen,
  RecoveryScreen,
  SettingsScreen,
  WhenNeeded,
} from './features/shell/lazyParts';
import { TodayScreen } from './features/today/TodayScreen';
import { useTodayReminders } from './features/today/useTodayReminders';
import { Loading } from './features/shell/LoadState';
import { useStore } from './store';

/**
 * What start-up found decides what the window shows: the app, or the recovery screen when the
 * data could not be opened.
 */
export function App() {
  const startup = useStore((s) => s.startup);
  const startupError = useStore((s) => s.startupError);
  const loadStartup = useStore((s) => s.loadStartup);
  useEffect(() => {
    void loadStartup();
    showPendingNotice();
  }, [loadStartup]);

  // Without an answer (e.g. a refused request) the app itself shows why its screens are empty.
  if (startup === null && startupError === null) return <Loading label="Opening your data" />;
  if (startup?.state === 'damaged' || startup?.state === 'unavailable') {
    return (
      <LazyScreen label="Opening your data">
        <RecoveryScreen problem={startup} />
      </LazyScreen>
    );
  }
  return <MainApp />;
}

function MainApp() {
  const screen = useStore((s) => s.screen);
  const loadAppInfo = useStore((s) => s.loadAppInfo);
  useEffect(() => {
    void loadAppInfo();
  }, [loadAppInfo]);

  // Ctrl/Cmd+Z takes back the newest step on the undo stack (a card move, an archive…); in text
  // fields it stays the field's own undo (useHotkeys ignores inputs, textareas, selects and
  // contenteditable elements).
  const undoLast = useStore((s) => s.undoLast);
  const navigate = useStore((s) => s.navigate);
  useTodayReminders();
  const exportWanted = useStore((s) => s.exportTarget !== null);
  useHotkeys([
    // The same keys as the desktop app's Go menu.
    ['mod+1', () => navigate('board')],
    ['mod+2', () => navigate('today')],
    ['mod+,', () => navigate('settings')],
    [
      'mod+Z',
      () => {
        void undoLast().then((label) =>
          label ? reportUndone(label) : announce('Nothing to undo'),
        );
      },
    ],
  ]);

  return (
    <AppLayout>
      {screen === 'today' && <TodayScreen />}
      {screen === 'board' && <BoardScreen />}
      <LazyScreen label="Opening the screen">
        {screen === 'overlap' && <OverlapScreen />}
        {screen === 'activity' && <ActivityScreen />}
        {screen === 'archive' && <ArchiveScreen />}
        {screen === 'data' && <DataScreen />}
        {screen === 'institution' && <InstitutionProfileScreen />}
        {screen === 'settings' && <SettingsScreen />}
      </LazyScreen>
      <PartnerDetailDrawer />
      <PartnerFormModal />
      <WhenNeeded needed={exportWanted}>
        <ExportDocumentModal />
      </WhenNeeded>
    </AppLayout>
  );
}
