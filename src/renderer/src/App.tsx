import { announce } from '@atlaskit/pragmatic-drag-and-drop-live-region';
import { useHotkeys } from '@mantine/hooks';
import { lazy, Suspense, useEffect } from 'react';
import { BoardScreen } from './features/board/BoardScreen';
import { DataScreen } from './features/data/DataScreen';
import { RecoveryScreen } from './features/data/RecoveryScreen';
import { showPendingNotice } from './features/data/restoreNotice';
import { reportUndone } from './features/board/moveWithFeedback';
import { ExportDocumentModal } from './features/documents/ExportDocumentModal';
import { InstitutionProfileScreen } from './features/institution/InstitutionProfileScreen';
import { OverlapScreen } from './features/overlap/OverlapScreen';
import { ArchiveScreen } from './features/partners/ArchiveScreen';
import { PartnerDetailDrawer } from './features/partners/PartnerDetailDrawer';
import { PartnerFormModal } from './features/partners/PartnerFormModal';
import { AppLayout } from './features/shell/AppLayout';
import { Loading } from './features/shell/LoadState';
import { useStore } from './store';

// Loaded on first visit, with its chart library, so the board's first paint does not wait for it.
const ActivityScreen = lazy(() => import('./features/activity/ActivityScreen'));

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
    return <RecoveryScreen problem={startup} />;
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
  useHotkeys([
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
      {screen === 'board' && <BoardScreen />}
      {screen === 'overlap' && <OverlapScreen />}
      {screen === 'activity' && (
        <Suspense fallback={<Loading label="Loading the activity view" />}>
          <ActivityScreen />
        </Suspense>
      )}
      {screen === 'archive' && <ArchiveScreen />}
      {screen === 'data' && <DataScreen />}
      {screen === 'institution' && <InstitutionProfileScreen />}
      <PartnerDetailDrawer />
      <PartnerFormModal />
      <ExportDocumentModal />
    </AppLayout>
  );
}
