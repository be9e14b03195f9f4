import { announce } from '@atlaskit/pragmatic-drag-and-drop-live-region';
import { useHotkeys } from '@mantine/hooks';
import { useEffect } from 'react';
import { BoardScreen } from './features/board/BoardScreen';
import { reportUndone } from './features/board/moveWithFeedback';
import { ExportDocumentModal } from './features/documents/ExportDocumentModal';
import { InstitutionProfileScreen } from './features/institution/InstitutionProfileScreen';
import { OverlapScreen } from './features/overlap/OverlapScreen';
import { ArchiveScreen } from './features/partners/ArchiveScreen';
import { PartnerDetailDrawer } from './features/partners/PartnerDetailDrawer';
import { PartnerFormModal } from './features/partners/PartnerFormModal';
import { AppLayout } from './features/shell/AppLayout';
import { useStore } from './store';

export function App() {
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
      {screen === 'archive' && <ArchiveScreen />}
      {screen === 'institution' && <InstitutionProfileScreen />}
      <PartnerDetailDrawer />
      <PartnerFormModal />
      <ExportDocumentModal />
    </AppLayout>
  );
}
